import webpush from 'web-push'
import type { App } from '../../app-instance'
import type { Database } from '../../db/database'
import { ensureServerKey } from './server-keys.repository'

/** What signs our pushes (RFC 8292): the key pair, and who push services can contact about them. */
export interface Vapid {
  publicKey: string
  privateKey: string
  subject: string
}

const KEY_NAME = 'vapid'

/** Pairs read from (or made in) each database, so every send does not read them again. */
const stored = new WeakMap<Database, { publicKey: string; privateKey: string }>()

function parsePair(value: string) {
  const pair = JSON.parse(value) as { publicKey?: unknown; privateKey?: unknown }
  if (typeof pair.publicKey !== 'string' || typeof pair.privateKey !== 'string') throw new Error('server_keys.vapid is not a VAPID key pair')
  return { publicKey: pair.publicKey, privateKey: pair.privateKey }
}

/** The pair this server signs with, if it is known yet: from the environment, or once read from the database. */
export function knownVapid(app: App): Vapid | undefined {
  const pair = app.config.vapid ?? stored.get(app.db)
  return pair && { ...pair, subject: app.config.vapidSubject }
}

/**
 * The pair this server signs with: the environment's, else the one in the database, made on first
 * use (and so on first start, see `provideVapidKeys`) and then the same for every replica.
 */
export async function vapid(app: App): Promise<Vapid> {
  const known = knownVapid(app)
  if (known) return known
  const value = await ensureServerKey(app.db, KEY_NAME, () => JSON.stringify(webpush.generateVAPIDKeys()), app.clock())
  stored.set(app.db, parsePair(value))
  return knownVapid(app)!
}

/**
 * Reads or makes the key pair when the server starts, so the web push channel is on from the
 * first round. A database that does not answer now only delays it: the push-key route and the
 * channel read it again when they need it.
 */
export function provideVapidKeys(app: App) {
  app.addHook('onReady', async () => {
    try {
      await vapid(app)
    } catch (err) {
      app.log.error({ err }, 'reading the Web Push (VAPID) keys failed; web push stays off until they can be read')
    }
  })
}
