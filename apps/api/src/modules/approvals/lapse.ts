import type { App } from '../../app-instance'
import { defineJob } from '../../jobs/define-job'
import { insertAudit } from '../audit/audit.repository'
import { findBooking, refreshBookingReservation, setStatus, toBooking } from '../bookings/bookings.repository'
import { noticeBooking } from '../notifications/notify'
import { lockLapsedSteps } from './approvals.repository'
import { currentStep, escalate } from './steps'

/**
 * Requests whose step passed its deadline undecided: the step escalates to the next one or the
 * request expires, as the chain says. Each is in the booking's history and the audit log (by the
 * system), and the requester hears of it. Rows are locked SKIP LOCKED: one replica handles each.
 */
export async function lapseApprovalSteps(app: App): Promise<{ escalated: number; expired: number }> {
  const now = app.clock()
  const counts = { escalated: 0, expired: 0 }
  const centers = new Set<string>()
  await app.db.transaction().execute(async (trx) => {
    const { rows } = await lockLapsedSteps(trx, now)
    for (const { id, center_id } of rows) {
      const b = (await findBooking(trx, id))!
      const step = currentStep(b)
      if (!step) continue
      const up = step.onLapse === 'escalate' && b.approval_step! < b.approval_steps!.length
      if (up) await escalate(trx, b, now)
      else {
        await setStatus(trx, id, 'requested', 'expired', { kind: 'system', id: null }, now, { note: `第 ${b.approval_step} 步超时未审批，申请已失效`, approvalStep: b.approval_step })
        await refreshBookingReservation(trx, id, 0)
        await noticeBooking(trx, id, 'booking_expired', now)
      }
      await insertAudit(trx, {
        actorKind: 'system', actorId: null, centerId: center_id, entity: 'booking', entityId: id, action: up ? 'escalate' : 'expire',
        before: { status: 'requested', approvalStep: b.approval_step }, after: toBooking((await findBooking(trx, id))!), requestId: null, ip: null,
      })
      counts[up ? 'escalated' : 'expired']++
      centers.add(center_id)
    }
  })
  for (const id of centers) app.realtime.centerChanged(id, 'schedule')
  return counts
}

/** Runs every minute, once across replicas. */
export function scheduleApprovalLapses(app: App, everyMs = 60_000) {
  defineJob(app, { name: 'lapse-approval-steps', everyMs, run: () => lapseApprovalSteps(app) })
}
