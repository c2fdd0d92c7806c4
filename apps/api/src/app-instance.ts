import type { FastifyInstance } from 'fastify'
import type { Config } from './config'
import type { Database } from './db/database'
import type { SeenBatch } from './modules/screens/seen-batch'
import type { Realtime } from './plugins/realtime'

// The app instance's type lives apart from the composition root, so modules that take the app
// (services, timers, routes) never import app.ts, which imports them.
declare module 'fastify' {
  interface FastifyInstance {
    config: Config
    db: Database
    realtime: Realtime
    /** Screens' heartbeats, written in batches (modules/screens/seen-batch.ts). */
    screensSeen: SeenBatch
    /** The current time; tests inject a fixed clock. */
    clock: () => Date
  }
}

export type App = FastifyInstance
