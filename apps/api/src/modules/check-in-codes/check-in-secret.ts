import { randomBytes } from 'node:crypto'
import type { App } from '../../app-instance'
import type { Database } from '../../db/database'
import { ensureServerKey } from '../notifications/server-keys.repository'

const KEY_NAME = 'check_in'

/** Read once per database: every check-in and every screen refresh needs it. */
const known = new WeakMap<Database, string>()

/**
 * The secret check-in codes are signed with: made on first use and kept in server_keys, so every
 * replica (and the server after a restart) signs and verifies the same codes.
 */
export async function checkInSecret(app: App): Promise<string> {
  const hit = known.get(app.db)
  if (hit) return hit
  const value = await ensureServerKey(app.db, KEY_NAME, () => randomBytes(32).toString('base64url'), app.clock())
  known.set(app.db, value)
  return value
}
