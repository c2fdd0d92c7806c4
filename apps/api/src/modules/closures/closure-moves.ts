import type { ClosureImpact, ClosureMoves } from '@linli/contracts'
import { instantToLocal, localToInstant } from '@linli/schedule'
import type { App } from '../../app-instance'
import type { Database } from '../../db/database'
import { AppError, badRequest } from '../../plugins/errors'
import { updateOccurrenceRow } from '../activities/activities.repository'
import { moveBookingRoom, refreshBookingReservation } from '../bookings/bookings.repository'
import { loadRoomContext } from '../bookings/room-context'
import { noticeBooking, noticeDatesMoved, startsBeforeChange } from '../notifications/notify'
import { type Hold, findClashes, lockRooms, refreshOccurrenceReservations } from '../reservations/reservations.repository'
import { findRoom } from '../rooms/rooms.repository'
import { type ClosureSpan, closureAt } from './closures.service'

interface DateMove { occurrenceId: string; startsAt: Date; endsAt: Date; roomId: string | null; label: string }
interface BookingMove { bookingId: string; roomId: string; startsAt: Date; endsAt: Date; buffer: number; label: string }
export interface PlannedMoves { dates: DateMove[]; bookings: BookingMove[] }

const moveConflicts = (problems: { path: string; message: string }[]) =>
  new AppError(409, 'closure_move_conflicts', `移到的时间或房间不可用（${problems.length} 处），没有做任何改动 / ${problems.length} moves clash, nothing was changed：${problems.map((p) => p.message).join('；')}`, problems)

/**
 * Checks a closure's 改期 before anything is written: every covered date and booking has exactly
 * one move, each to a real room of the center, in the future, outside this closure and any other,
 * and free (of everything else and of each other). Any problem refuses them all: 400 for a move
 * that cannot be, 409 closure_move_conflicts listing each clash.
 */
export async function planMoves(app: App, center: { id: string; timeZone: string }, span: ClosureSpan, closureRoomId: string | null, impact: ClosureImpact, moves: ClosureMoves | undefined): Promise<PlannedMoves> {
  const now = app.clock()
  const tz = center.timeZone
  const dateMoves = new Map((moves?.dates ?? []).map((m) => [m.occurrenceId, m]))
  const bookingMoves = new Map((moves?.bookings ?? []).map((m) => [m.bookingId, m]))
  const missing = [
    ...impact.dates.filter((d) => !dateMoves.has(d.occurrenceId)).map((d) => `${d.title} ${d.startsAt.slice(0, 16).replace('T', ' ')}`),
    ...impact.bookings.filter((b) => !bookingMoves.has(b.id)).map((b) => `${b.roomName} ${b.startsAt.slice(0, 16).replace('T', ' ')}`),
  ]
  const extra = (moves?.dates ?? []).length + (moves?.bookings ?? []).length - (impact.dates.length + impact.bookings.length - missing.length)
  if (missing.length || extra > 0)
    throw badRequest('closure_moves_incomplete', `改期需要为闭馆时间内的每个预约和活动场次各指定一个去处 / Moving needs one place for each covered booking and date${missing.length ? `，还缺 (missing)：${missing.join('、')}` : '，且不能包含其他预约或场次 (and no others)'}`)

  const roomOf = async (roomId: string) => {
    const room = await findRoom(app.db, roomId)
    if (!room || room.center_id !== center.id) throw badRequest('room_not_in_center', 'The room does not belong to this center')
    if (!room.active) throw badRequest('room_inactive', `${room.name} 已停用，不能改到这里`)
    return room
  }
  const dates: DateMove[] = []
  for (const d of impact.dates) {
    const m = dateMoves.get(d.occurrenceId)!
    if (m.endsLocal <= m.startsLocal) throw badRequest('invalid_time_range', `${d.title}：结束时间需晚于开始时间`)
    const startsAt = localToInstant(m.startsLocal, tz)
    if (startsAt <= now) throw badRequest('move_in_past', `${d.title}：不能改到已经过去的时间`)
    const roomId = m.roomId === undefined ? (await app.db.selectFrom('occurrences').select('room_id').where('id', '=', d.occurrenceId).executeTakeFirstOrThrow()).room_id : m.roomId
    if (roomId) await roomOf(roomId)
    dates.push({ occurrenceId: d.occurrenceId, startsAt, endsAt: localToInstant(m.endsLocal, tz), roomId, label: `${d.title} → ${m.startsLocal.replace('T', ' ')}` })
  }
  const bookings: BookingMove[] = []
  for (const b of impact.bookings) {
    const m = bookingMoves.get(b.id)!
    const room = await roomOf(m.roomId)
    const ctx = await loadRoomContext(app.db, room.id)
    bookings.push({ bookingId: b.id, roomId: room.id, startsAt: new Date(b.startsAt), endsAt: new Date(b.endsAt), buffer: ctx.policy.bufferMinutes, label: `${b.roomName} ${instantToLocal(new Date(b.startsAt), tz).replace('T', ' ')} → ${room.name}` })
  }

  const problems: { path: string; message: string }[] = []
  const all = [
    ...dates.map((d, i) => ({ path: `moves/dates/${i}`, roomId: d.roomId, startsAt: d.startsAt, endsAt: d.endsAt, label: d.label })),
    ...bookings.map((b, i) => ({ path: `moves/bookings/${i}`, roomId: b.roomId as string | null, startsAt: b.startsAt, endsAt: new Date(b.endsAt.getTime() + b.buffer * 60_000), label: b.label })),
  ]
  for (const [i, h] of all.entries()) {
    const inThis = h.startsAt < span.endsAt && h.endsAt > span.startsAt && (closureRoomId === null || closureRoomId === h.roomId)
    const closed = inThis ? '仍在本次闭馆时间内' : h.roomId ? await closureAt(app.db, { id: h.roomId, center_id: center.id, time_zone: tz }, h.startsAt, h.endsAt) : undefined
    if (closed) problems.push({ path: h.path, message: `${h.label}：${closed}` })
    const other = all.findIndex((o, j) => j !== i && o.roomId && o.roomId === h.roomId && o.startsAt < h.endsAt && o.endsAt > h.startsAt)
    if (other >= 0 && other > i) problems.push({ path: h.path, message: `${h.label}：与 ${all[other]!.label} 冲突` })
  }
  const holds = all.filter((h): h is typeof h & { roomId: string } => !!h.roomId)
  const clashes = await findClashes(app.db, holds.map((h): Hold => ({ roomId: h.roomId, startsAt: h.startsAt, endsAt: h.endsAt })), dates.map((d) => d.occurrenceId))
  for (const c of clashes) problems.push({ path: holds[c.index]!.path, message: `${holds[c.index]!.label}：${c.roomName} 已有「${c.withTitle}」` })
  if (problems.length) throw moveConflicts(problems)
  return { dates, bookings }
}

/** Writes planned moves inside the closure's transaction and tells the residents. */
export async function applyMoves(trx: Database, planned: PlannedMoves, reason: string, now: Date) {
  await lockRooms(trx, [...planned.dates.flatMap((d) => (d.roomId ? [d.roomId] : [])), ...planned.bookings.map((b) => b.roomId)])
  const starts = await startsBeforeChange(trx, planned.dates.map((d) => d.occurrenceId))
  for (const d of planned.dates) await updateOccurrenceRow(trx, d.occurrenceId, { startsAt: d.startsAt, endsAt: d.endsAt, roomId: d.roomId, overridden: true }, now)
  if (planned.dates.length) {
    await refreshOccurrenceReservations(trx, { occurrenceIds: planned.dates.map((d) => d.occurrenceId) })
    await noticeDatesMoved(trx, starts, now)
  }
  for (const b of planned.bookings) {
    await moveBookingRoom(trx, b.bookingId, b.roomId, now)
    await refreshBookingReservation(trx, b.bookingId, b.buffer)
    await noticeBooking(trx, b.bookingId, 'booking_moved', now, reason)
  }
}
