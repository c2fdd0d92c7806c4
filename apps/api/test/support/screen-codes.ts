import type { CheckInTokens } from '@linli/contracts'
import type { App } from '../../src/app-instance'
import type { Database } from '../../src/db/database'
import { completePairing, startPairing, takePendingToken } from '../../src/modules/screens/screens.repository'

/**
 * A screen paired to a center the way a real one is (it shows a code, a manager enters it, it polls
 * for its device token), and the check-in code it would show for a room or an occurrence now.
 */
export async function pairedScreen(app: App, centerId: string, managerCookie: string, roomId: string | null = null) {
  const start = (await app.inject({ method: 'POST', url: '/api/screens/pairings' })).json() as { pairingId: string; code: string; secret: string }
  const created = await app.inject({
    method: 'POST', url: `/api/centers/${centerId}/screens`, headers: { cookie: managerCookie },
    payload: { code: start.code, name: roomId ? '门牌' : '大厅屏', layout: roomId ? 'door' : 'lobby', language: 'zh-CN', ...(roomId && { roomId }) },
  })
  if (created.statusCode !== 201) throw new Error(`pairing failed: ${created.body}`)
  const poll = (await app.inject({ method: 'POST', url: `/api/screens/pairings/${start.pairingId}/poll`, payload: { secret: start.secret } })).json() as { deviceToken: string }
  return screenCodes(app, poll.deviceToken)
}

/** What a screen with this device token shows. */
function screenCodes(app: App, deviceToken: string) {
  const headers = { authorization: `Bearer ${deviceToken}` }
  const tokens = async () => {
    const res = await app.inject({ url: '/api/screens/me/check-in-tokens', headers })
    if (res.statusCode !== 200) throw new Error(`reading check-in codes failed: ${res.body}`)
    return res.json() as CheckInTokens
  }
  return {
    deviceToken,
    tokens,
    /** The `t` of the room's door code as the screen shows it now. */
    roomCode: async (roomId: string) => (await tokens()).rooms.find((r) => r.roomId === roomId)?.token,
    /** The `t` of an occurrence's check-in code as the screen shows it now. */
    occurrenceCode: async (occurrenceId: string) => (await tokens()).occurrences.find((o) => o.occurrenceId === occurrenceId)?.token,
    /** The `t` of the lobby's 到馆签到 code, good for any booking or activity of the screen's center. */
    centerCode: async () => (await tokens()).center.token,
  }
}

const lobbies = new WeakMap<Database, Map<string, ReturnType<typeof screenCodes>>>()

/** A lobby screen of the center, paired behind the scenes once per test database (no staff session needed). */
export async function lobbyScreenOf(app: App, db: Database, centerId: string) {
  const known = lobbies.get(db) ?? new Map<string, ReturnType<typeof screenCodes>>()
  lobbies.set(db, known)
  const hit = known.get(centerId)
  if (hit) return hit
  const staff = await db.selectFrom('staff').select('id').limit(1).executeTakeFirstOrThrow()
  const p = await startPairing(db, app.clock())
  await completePairing(db, p.pairingId, centerId, { code: p.code, name: '大厅屏', layout: 'lobby', language: 'zh-CN' }, staff.id)
  const screen = screenCodes(app, (await takePendingToken(db, p.pairingId))!.token)
  known.set(centerId, screen)
  return screen
}

/** The code a resident scans for an occurrence now, from a lobby screen of its center. */
export async function occurrenceCodeNow(app: App, db: Database, occurrenceId: string) {
  const { center_id } = await db.selectFrom('occurrences').select('center_id').where('id', '=', occurrenceId).executeTakeFirstOrThrow()
  return (await lobbyScreenOf(app, db, center_id)).occurrenceCode(occurrenceId)
}
