import {
  type BookingPolicy, type BookingPolicyPatch, DEFAULT_BOOKING_POLICY, type RoomKind, type RoomPolicyPatch, looserThanAbove, resolvePolicy,
} from '@linli/contracts'
import type { Database } from '../../db/database'
import { badRequest } from '../../plugins/errors'

/** Every level's stored rules in one center: a change is checked against every room it reaches. */
interface Levels {
  center: BookingPolicyPatch
  kinds: Map<RoomKind, BookingPolicyPatch>
  rooms: { id: string; name: string; kind: RoomKind; policy: BookingPolicyPatch }[]
}

async function levelsOf(db: Database, centerId: string): Promise<Levels> {
  const center = (await db.selectFrom('centers').select('booking_policy').where('id', '=', centerId).executeTakeFirstOrThrow()).booking_policy
  const kinds = await db.selectFrom('room_kind_booking_policies').select(['kind', 'policy']).where('center_id', '=', centerId).execute()
  const rooms = await db.selectFrom('rooms').select(['id', 'name', 'kind', 'booking_policy as policy']).where('center_id', '=', centerId).execute()
  return { center, kinds: new Map(kinds.map((k) => [k.kind, k.policy])), rooms }
}

/** min <= max wherever the levels meet: for the center, each kind it sets, and each room. */
function assertCoherent(l: Levels) {
  const check = (p: BookingPolicy, where: string) => {
    if (p.minMinutes > p.maxMinutes) throw badRequest('invalid_policy', `minMinutes must not exceed maxMinutes (${where}: ${p.minMinutes} > ${p.maxMinutes})`, [{ path: 'body/minMinutes', message: `exceeds maxMinutes ${p.maxMinutes} (${where})` }])
  }
  check(resolvePolicy(l.center, {}, {}).policy, 'center')
  for (const [kind, p] of l.kinds) check(resolvePolicy(l.center, p, {}).policy, `room kind ${kind}`)
  for (const r of l.rooms) check(resolvePolicy(l.center, l.kinds.get(r.kind) ?? {}, r.policy).policy, `room ${r.name}`)
}

/** A room kind or a room may lower a quota, never raise it above the level over it. */
function assertNotLooser(patch: BookingPolicyPatch, above: ReturnType<typeof resolvePolicy>) {
  const key = looserThanAbove(patch, above.policy)
  if (!key) return
  const limit = above.policy[key]
  const by = above.sources[key] === 'kind' ? 'room kind' : 'center'
  throw badRequest('policy_looser_than_above', `${key} ${patch[key]} is looser than the ${by}'s ${limit}; a room kind or a room may only lower it`, [{ path: `body/${key}`, message: `must be at most ${limit}` }])
}

const withoutNulls = (p: Record<string, unknown>) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== null && v !== undefined)) as BookingPolicyPatch

export async function setCenterPolicy(db: Database, centerId: string, patch: BookingPolicyPatch): Promise<BookingPolicyPatch> {
  const levels = await levelsOf(db, centerId)
  const next = { ...levels.center, ...patch }
  assertCoherent({ ...levels, center: next })
  await db.updateTable('centers').set({ booking_policy: JSON.stringify(next) }).where('id', '=', centerId).execute()
  return next
}

export async function setRoomPolicy(db: Database, roomId: string, patch: RoomPolicyPatch): Promise<void> {
  const room = await db.selectFrom('rooms').select(['center_id', 'kind', 'booking_policy']).where('id', '=', roomId).executeTakeFirstOrThrow()
  const levels = await levelsOf(db, room.center_id)
  // null means "follow the level above again": the key goes.
  const next = withoutNulls({ ...room.booking_policy, ...patch })
  assertNotLooser(withoutNulls(patch), resolvePolicy(levels.center, levels.kinds.get(room.kind) ?? {}, {}))
  assertCoherent({ ...levels, rooms: levels.rooms.map((r) => (r.id === roomId ? { ...r, policy: next } : r)) })
  await db.updateTable('rooms').set({ booking_policy: JSON.stringify(next) }).where('id', '=', roomId).execute()
}

/** Replaces what a room kind sets in a center; an empty set follows the center again. */
export async function setKindPolicy(db: Database, centerId: string, kind: RoomKind, policy: BookingPolicyPatch): Promise<BookingPolicyPatch> {
  const levels = await levelsOf(db, centerId)
  const next = withoutNulls(policy)
  assertNotLooser(next, resolvePolicy(levels.center, {}, {}))
  assertCoherent({ ...levels, kinds: new Map([...levels.kinds, [kind, next]]) })
  if (Object.keys(next).length === 0) await db.deleteFrom('room_kind_booking_policies').where('center_id', '=', centerId).where('kind', '=', kind).execute()
  else {
    await db.insertInto('room_kind_booking_policies').values({ center_id: centerId, kind, policy: JSON.stringify(next) })
      .onConflict((oc) => oc.columns(['center_id', 'kind']).doUpdateSet({ policy: JSON.stringify(next), updated_at: new Date() })).execute()
  }
  return next
}

export async function kindOverrides(db: Database, centerId: string, kind: RoomKind): Promise<BookingPolicyPatch> {
  const row = await db.selectFrom('room_kind_booking_policies').select('policy').where('center_id', '=', centerId).where('kind', '=', kind).executeTakeFirst()
  return row?.policy ?? {}
}

export async function roomOverrides(db: Database, roomId: string): Promise<BookingPolicyPatch> {
  return (await db.selectFrom('rooms').select('booking_policy').where('id', '=', roomId).executeTakeFirstOrThrow()).booking_policy
}

export async function centerPolicy(db: Database, centerId: string): Promise<BookingPolicy> {
  const row = await db.selectFrom('centers').select('booking_policy').where('id', '=', centerId).executeTakeFirstOrThrow()
  return { ...DEFAULT_BOOKING_POLICY, ...row.booking_policy }
}
