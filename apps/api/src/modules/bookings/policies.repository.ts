import { type BookingPolicy, type BookingPolicyPatch, DEFAULT_BOOKING_POLICY, type RoomPolicyPatch } from '@linli/contracts'
import type { Database } from '../../db/database'
import { badRequest } from '../../plugins/errors'

const checkMinMax = (p: BookingPolicyPatch) => {
  if (p.minMinutes !== undefined && p.maxMinutes !== undefined && p.minMinutes > p.maxMinutes)
    throw badRequest('invalid_policy', 'minMinutes must not exceed maxMinutes')
}

export async function setCenterPolicy(db: Database, centerId: string, patch: BookingPolicyPatch): Promise<BookingPolicyPatch> {
  const current = (await db.selectFrom('centers').select('booking_policy').where('id', '=', centerId).executeTakeFirstOrThrow()).booking_policy
  const next = { ...current, ...patch }
  checkMinMax(next)
  await db.updateTable('centers').set({ booking_policy: JSON.stringify(next) }).where('id', '=', centerId).execute()
  return next
}

export async function setRoomPolicy(db: Database, roomId: string, patch: RoomPolicyPatch): Promise<void> {
  const current = (await db.selectFrom('rooms').select('booking_policy').where('id', '=', roomId).executeTakeFirstOrThrow()).booking_policy
  const merged: Record<string, unknown> = { ...current, ...patch }
  // null means "follow the center again": the key goes.
  const next = Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== null)) as BookingPolicyPatch
  checkMinMax(next)
  await db.updateTable('rooms').set({ booking_policy: JSON.stringify(next) }).where('id', '=', roomId).execute()
}

export async function roomOverrides(db: Database, roomId: string): Promise<BookingPolicyPatch> {
  return (await db.selectFrom('rooms').select('booking_policy').where('id', '=', roomId).executeTakeFirstOrThrow()).booking_policy
}

export async function centerPolicy(db: Database, centerId: string): Promise<BookingPolicy> {
  const row = await db.selectFrom('centers').select('booking_policy').where('id', '=', centerId).executeTakeFirstOrThrow()
  return { ...DEFAULT_BOOKING_POLICY, ...row.booking_policy }
}
