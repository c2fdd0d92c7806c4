import type { Database } from '../../src/db/database'
import { newRoom } from './factories'

/** Approval chains (module approvals): a fresh room's own center-only chain per call. */
export function approvalFixtures(db: Database, centerId: string) {
  const approvalChain = async () => {
    const room = await newRoom(db, centerId, { requiresApproval: true })
    return (await db.insertInto('approval_chains').values({
      center_id: centerId, room_id: room.id, room_kind: null, updated_at: new Date(),
      steps: JSON.stringify([{ approver: 'center_staff', deadlineHours: 24, onLapse: 'expire' }]),
    }).returning('id').executeTakeFirstOrThrow()).id
  }
  return { approvalChain }
}
