import type { ClosureCreate } from '@linli/contracts'
import type { App } from '../../app-instance'
import { AppError, badRequest, notFound } from '../../plugins/errors'
import type { Actor } from '../auth/policy'
import { updateOccurrenceRow } from '../activities/activities.repository'
import { refreshBookingReservation, setStatus } from '../bookings/bookings.repository'
import { noticeBooking, noticeDatesCalledOff } from '../notifications/notify'
import { refreshOccurrenceReservations } from '../reservations/reservations.repository'
import { findRoom } from '../rooms/rooms.repository'
import { applyMoves, planMoves } from './closure-moves'
import { insertClosure } from './closures.repository'
import { closureImpact, closureSpan } from './closures.service'

/** The room a closure names must be one of the center's rooms. */
export async function assertClosureRoom(app: App, centerId: string, roomId: string | null | undefined) {
  if (!roomId) return
  const room = await findRoom(app.db, roomId)
  if (!room) throw notFound('Room')
  if (room.center_id !== centerId) throw badRequest('room_not_in_center', 'The room does not belong to this center')
}

/**
 * Saves a closure. Over bookings or activity dates still on, staff must have decided: `cancel`
 * cancels them and tells their residents (the closure's reason is the note), `keep` leaves them
 * (the closure then refuses only new bookings), `move` (改期) puts each where `moves` says and tells
 * their residents, all or nothing (closure-moves.ts). Without a decision nothing is written.
 */
export async function createClosure(app: App, staff: Actor, center: { id: string; timeZone: string }, body: ClosureCreate) {
  const now = app.clock()
  await assertClosureRoom(app, center.id, body.roomId)
  const roomId = body.roomId ?? null
  const span = await closureSpan(app.db, center.id, center.timeZone, body, now)
  const impact = await closureImpact(app.db, center.id, roomId, center.timeZone, span, now)
  const affected = impact.bookings.length + impact.dates.length
  if (affected > 0 && !body.decision)
    throw new AppError(409, 'closure_decision_required', `${impact.bookings.length} bookings and ${impact.dates.length} activity dates fall in this closure: choose to cancel, move or keep them`)
  if (body.moves && body.decision !== 'move') throw badRequest('moves_without_move', 'Moves are only for decision move (改期)')
  const cancel = body.decision === 'cancel'
  const reason = body.reason.trim()
  const planned = body.decision === 'move' && affected > 0 ? await planMoves(app, center, span, roomId, impact, body.moves) : undefined
  const id = await app.db.transaction().execute(async (trx) => {
    const { id } = await insertClosure(trx, { centerId: center.id, roomId, ...span, reason, staffId: staff.id, now })
    if (planned) await applyMoves(trx, planned, reason, now)
    if (!cancel) return id
    for (const b of impact.bookings) {
      await setStatus(trx, b.id, b.status as 'requested' | 'approved', 'cancelled', { kind: 'staff', id: staff.id }, now, { note: reason })
      await refreshBookingReservation(trx, b.id, 0)
      await noticeBooking(trx, b.id, 'booking_cancelled', now, reason)
    }
    const dateIds = impact.dates.map((d) => d.occurrenceId)
    for (const occurrenceId of dateIds) await updateOccurrenceRow(trx, occurrenceId, { status: 'cancelled', overridden: true }, now)
    if (dateIds.length) {
      await refreshOccurrenceReservations(trx, { occurrenceIds: dateIds })
      await noticeDatesCalledOff(trx, dateIds, now)
    }
    return id
  })
  app.realtime.centerChanged(center.id, 'schedule')
  return {
    id, cancelledBookings: cancel ? impact.bookings.length : 0, cancelledDates: cancel ? impact.dates.length : 0,
    movedBookings: planned?.bookings.length ?? 0, movedDates: planned?.dates.length ?? 0, impact,
  }
}
