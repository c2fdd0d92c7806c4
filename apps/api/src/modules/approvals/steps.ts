import { type BookingApprovalStep, approverLabels } from '@linli/contracts'
import type { Database } from '../../db/database'
import { AppError } from '../../plugins/errors'
import type { Actor as StaffActor } from '../auth/policy'
import { type Actor, recordBookingEvent } from '../bookings/bookings.repository'
import { noticeBookingStep } from '../notifications/notify'
import { setApprovalStep } from './approvals.repository'
import { dueAfter, mayDecide, nextApplying } from './plan'

interface Pending { id: string; approval_steps: BookingApprovalStep[] | null; approval_step: number | null }

export const currentStep = (b: Pending) => (b.approval_steps && b.approval_step ? b.approval_steps[b.approval_step - 1] : undefined)

const who = (s: BookingApprovalStep) => `${approverLabels[s.approver]['zh-CN']}（${s.approverName}）`

/** Refuses the whole batch, before anything is written, when a request waits at a step that is not the actor's. */
export function assertMayDecideAll(actor: StaffActor, rows: Pending[]) {
  const others = rows.filter((r) => {
    const step = currentStep(r)
    return step !== undefined && !mayDecide(actor, step.approver)
  })
  if (others.length)
    throw new AppError(403, 'approval_not_yours', `${others.length} of these requests wait for the ${currentStep(others[0]!)!.approver === 'subdistrict_admin' ? 'subdistrict admin' : 'center staff'}, not for you`)
}

/**
 * Approving the step a request waits at: when a later step applies, the request moves there (with
 * its own deadline), its history and the requester say so, and true is returned; false means this
 * was the last step and the caller approves the booking.
 */
export async function passStep(trx: Database, b: Pending, actor: Actor, now: Date) {
  const step = currentStep(b)
  if (!step) return false
  const next = nextApplying(b.approval_steps!, b.approval_step!)
  if (!next) return false
  await moveTo(trx, b, next, now)
  const to = b.approval_steps![next - 1]!
  await recordBookingEvent(trx, b.id, now, actor, 'requested', 'requested', `第 ${b.approval_step} 步已同意，转第 ${next} 步：${who(to)}审批`, b.approval_step)
  await noticeBookingStep(trx, b.id, 'booking_step_approved', next, now)
  return true
}

/** The step lapsed: up to the next step (whether or not its condition held), the deadline afresh. */
export async function escalate(trx: Database, b: Pending, now: Date) {
  const next = b.approval_step! + 1
  await moveTo(trx, b, next, now)
  const to = b.approval_steps![next - 1]!
  await recordBookingEvent(trx, b.id, now, { kind: 'system', id: null }, 'requested', 'requested', `第 ${b.approval_step} 步超时未审批，上报第 ${next} 步：${who(to)}`, b.approval_step)
  await noticeBookingStep(trx, b.id, 'booking_escalated', next, now)
}

async function moveTo(trx: Database, b: Pending, next: number, now: Date) {
  if (!(await setApprovalStep(trx, b.id, b.approval_step, next, dueAfter(b.approval_steps!, next, now))))
    throw new AppError(409, 'status_changed', 'The booking changed meanwhile; reload and try again')
}
