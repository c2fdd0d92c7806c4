import type { BookingApprovalStep, OpeningHours } from '@linli/contracts'
import type { Database } from '../../db/database'
import type { Actor as StaffActor } from '../auth/policy'
import { chainForRoom, subdistrictOf } from './approvals.repository'
import { type RequestFacts, stepApplies } from './chain-rules'

const HOUR = 3_600_000

export interface ApprovalPlan {
  steps: BookingApprovalStep[]
  /** The step the request waits at, 1-based; null when nobody is left to decide (approved at once). */
  step: number | null
  dueAt: Date | null
}

/** The next step after `from` (1-based; 0 = before the first) whose condition holds, or null. */
export const nextApplying = (steps: BookingApprovalStep[], from: number) => {
  const i = steps.findIndex((s, k) => k >= from && s.applies)
  return i === -1 ? null : i + 1
}

export const dueAfter = (steps: BookingApprovalStep[], step: number, now: Date) => new Date(now.getTime() + steps[step - 1]!.deadlineHours * HOUR)

/** Who may decide a step: the center's own staff decide only center steps; admins above it decide both. */
export const mayDecide = (actor: Pick<StaffActor, 'role'>, approver: BookingApprovalStep['approver']) =>
  approver === 'center_staff' || actor.role === 'district_admin'

/**
 * The steps a request for a room must pass, or null when the room has no chain (any of its staff
 * decide, as before chains). Staff booking themselves have already decided the steps that are theirs.
 */
export async function planApproval(
  db: Database, room: { id: string; center_id: string; openingHours: OpeningHours }, facts: RequestFacts, now: Date, byStaff?: StaffActor,
): Promise<ApprovalPlan | null> {
  const chain = await chainForRoom(db, room.id)
  if (!chain) return null
  const center = await db.selectFrom('centers').select('name').where('id', '=', room.center_id).executeTakeFirstOrThrow()
  const subdistrict = chain.steps.some((s) => s.approver === 'subdistrict_admin') ? await subdistrictOf(db, room.center_id) : undefined
  const steps = chain.steps.map((s, i): BookingApprovalStep => ({
    approver: s.approver, approverName: s.approver === 'center_staff' ? center.name : subdistrict?.name ?? '',
    deadlineHours: s.deadlineHours, onLapse: s.onLapse, applies: stepApplies(s, i, facts, room.openingHours),
  }))
  // A step the booking staff member could decide is decided by their booking it.
  if (byStaff) for (const s of steps) if (s.applies && mayDecide(byStaff, s.approver)) s.applies = false
  const step = nextApplying(steps, 0)
  return { steps, step, dueAt: step ? dueAfter(steps, step, now) : null }
}
