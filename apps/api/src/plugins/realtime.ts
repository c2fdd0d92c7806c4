import { createAdapter } from '@socket.io/redis-adapter'
import type { FastifyInstance } from 'fastify'
import { Redis } from 'ioredis'
import { Server } from 'socket.io'
import { type CenterChange, type ClientToServerEvents, type ServerToClientEvents, centerRoom } from '@linli/contracts'

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents>

/** The only way the API pushes to clients; call it after the transaction has committed. */
export interface Realtime {
  io: RealtimeServer
  centerChanged(centerId: string, what: CenterChange): void
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export interface RealtimeOptions {
  redisUrl: string | undefined
  centerExists(centerId: string): Promise<boolean>
}

export function registerRealtime(app: FastifyInstance, options: RealtimeOptions): Realtime {
  const io: RealtimeServer = new Server(app.server, {
    path: '/socket.io',
    serveClient: false,
    // Recovery needs an adapter that keeps a log; the Redis pub/sub adapter has none, and clients re-read on reconnect anyway.
    ...(options.redisUrl ? {} : { connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000 } }),
  })

  if (options.redisUrl) {
    const pub = new Redis(options.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 })
    const sub = pub.duplicate()
    for (const client of [pub, sub]) client.on('error', (err) => app.log.warn({ err }, 'redis error'))
    io.adapter(createAdapter(pub, sub))
    app.addHook('onClose', async () => {
      await Promise.allSettled([pub.quit(), sub.quit()])
    })
  }

  io.on('connection', (socket) => {
    socket.on('center:watch', async (centerId, ack) => {
      const ok = typeof centerId === 'string' && UUID.test(centerId) && (await options.centerExists(centerId))
      if (ok) await socket.join(centerRoom(centerId))
      if (typeof ack === 'function') ack(ok)
    })
    socket.on('center:unwatch', async (centerId) => {
      if (typeof centerId === 'string') await socket.leave(centerRoom(centerId))
    })
  })

  // Close sockets before Fastify closes the HTTP server, so open websockets do not hold shutdown up.
  app.addHook('preClose', async () => {
    io.disconnectSockets(true)
    io.engine.close()
  })

  return {
    io,
    centerChanged: (centerId, what) => io.to(centerRoom(centerId)).emit('center:changed', { centerId, what }),
  }
}
