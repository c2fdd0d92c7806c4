import type { BookingPolicyPatch } from '@linli/contracts'
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

export async function setRoomPolicy(db: Database, roomId: string, patch: BookingPolicyPatch): Promise<void> {
  const current = (await db.selectFrom('rooms').select('booking_policy').where('id', '=', roomId).executeTakeFirstOrThrow()).booking_policy
  const next = { ...current, ...patch }
  checkMinMax(next)
  await db.updateTable('rooms').set({ booking_policy: JSON.stringify(next) }).where('id', '=', roomId).execute()
}
