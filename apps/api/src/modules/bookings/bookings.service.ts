import { randomUUID } from 'node:crypto'
import { addDays, formatOffset, localDateOf, localToInstant } from '@linli/schedule'
import { type BookingCreate, type BookingSeriesCreate, type BookingStatus, type Conflict, HOLDING_STATUSES, normalizeBookingCode } from '@linli/contracts'
import type { App } from '../../app-instance'
import type { Database } from '../../db/database'
import { AppError, badRequest, conflict, forbidden, notFound } from '../../plugins/errors'
import { type Actor as StaffActor, assertCenterAccess } from '../auth/policy'
import { assertPresent } from '../check-in-codes/presence'
import { type ResidentActor, stillLinked } from '../family/acting'
import { noticeBooking, noticeBookingReceived } from '../notifications/notify'
import { assertNotSuspended } from '../participation/standing'
import { withCalendar } from '../closures/booking-guard'
import { assertMayDecideAll, passStep } from '../approvals/steps'
import { planApproval } from '../approvals/plan'
import { findClashes, lockRooms } from '../reservations/reservations.repository'
import {
  type BookingDetailRow, findBooking, findBookingByCode, findCheckedInNow, insertBookingWithHold, refreshBookingReservation, setStatus, toBooking,
} from './bookings.repository'
import { countBookingQuotas, lockForResidentBooking } from './group-quota.repository'
import { resolveBookingOrganisation } from './booking-organisation'
import { type RoomContext, loadRoomContext } from './room-context'
import { checkTimeRules, weekStart } from './rules'

/** Who is booking: a signed-in resident (or their family proxy, actedBy), or staff (for a walk-in or an organisation). */
export type Booker = ResidentActor | { staff: StaffActor }

/** Who did it, for the booking's history: staff, the resident, or the proxy acting for them. */
const actorOf = (booker: Booker) => ('staff' in booker ? { kind: 'staff' as const, id: booker.staff.id } : { kind: 'resident' as const, id: booker.actedBy ?? booker.residentId })

const isExclusionViolation = (e: unknown) => (e as { code?: string }).code === '23P01'

async function conflictsFor(db: Database, room: RoomContext, startsAt: Date, endsAt: Date, startsLocal: string): Promise<Conflict[]> {
  const until = new Date(endsAt.getTime() + room.policy.bufferMinutes * 60_000)
  const clashes = await findClashes(db, [{ roomId: room.id, startsAt, endsAt: until }])
  // Residents see that a slot is occupied, never by whom.
  return clashes.map((c) => ({
    date: startsLocal.slice(0, 10), roomId: room.id, roomName: room.name, startsAt: formatOffset(startsAt, room.time_zone),
    endsAt: formatOffset(endsAt, room.time_zone), withTitle: '已占用', withStartsAt: formatOffset(c.withStartsAt, room.time_zone),
    withEndsAt: formatOffset(c.withEndsAt, room.time_zone),
  }))
}

const slotTaken = (conflicts: Conflict[]) =>
  new AppError(409, 'slot_taken', 'This time is already taken; pick another slot', undefined, { conflicts })

async function checkBooker(app: App, room: RoomContext, booker: Booker, body: BookingCreate) {
  if (!room.active || room.access === 'open') throw badRequest('room_not_bookable', 'This room cannot be booked')
  if ('staff' in booker) {
    await assertCenterAccess(app.db, booker.staff, room.center_id, 'manage_rooms')
    if (!body.walkIn && !body.organisationName && !body.organisationId) throw badRequest('booker_required', 'Give the walk-in resident\'s name and phone, or an organisation')
    return
  }
  if (room.access !== 'resident') throw badRequest('room_not_bookable', 'Only staff can book this room')
  if (body.walkIn) throw forbidden('Only staff book for walk-in residents')
}

/**
 * Quotas are counted inside the booking's transaction, under the locks on the room, the resident and
 * their household and organisation (lockForResidentBooking), so parallel requests cannot both slip
 * under them: the counts come in a later statement, which sees whatever the lock holders committed.
 */
async function checkQuotas(trx: Database, room: RoomContext, residentId: string, organisationId: string | null, startsAt: Date, now: Date) {
  const monday = weekStart(localDateOf(startsAt, room.time_zone))
  const used = await countBookingQuotas(trx, {
    residentId, centerId: room.center_id, organisationId, now, holding: HOLDING_STATUSES,
    from: localToInstant(`${monday}T00:00`, room.time_zone), to: localToInstant(`${addDays(monday, 7)}T00:00`, room.time_zone),
  })
  const { weeklyQuota, maxUpcoming } = room.policy
  if (used.booked_in_week >= weeklyQuota) throw badRequest('weekly_quota_reached', `You can book at most ${weeklyQuota} times a week in this center`)
  if (used.upcoming >= maxUpcoming) throw badRequest('too_many_upcoming', `You can hold at most ${maxUpcoming} upcoming bookings at once in this center`)
  if (used.household_quota && used.household_booked >= used.household_quota)
    throw badRequest('household_quota_reached', `Your household "${used.household_name}" can book at most ${used.household_quota} times a week in this center`)
  if (used.organisation_quota && used.organisation_booked >= used.organisation_quota)
    throw badRequest('organisation_quota_reached', `"${used.organisation_name}" can book at most ${used.organisation_quota} times a week`)
}

/** Books one slot: rules first, then the exclusion constraint decides between concurrent requests. */
export async function createBooking(app: App, booker: Booker, roomId: string, body: BookingCreate, seriesId: string | null = null) {
  const room = await withCalendar(app.db, await loadRoomContext(app.db, roomId), body)
  const byStaff = 'staff' in booker
  checkTimeRules(body, { policy: room.policy, openingHours: room.openingHours, roomHours: room.roomHours, capacity: room.capacity, now: app.clock(), timeZone: room.time_zone, byStaff })
  const startsAt = localToInstant(body.startsLocal, room.time_zone)
  const endsAt = localToInstant(body.endsLocal, room.time_zone)
  await checkBooker(app, room, booker, body)
  if (!byStaff) await assertNotSuspended(app, booker.residentId, room.center_id, room.participation_policy)
  const organisation = await resolveBookingOrganisation(app.db, room, byStaff ? null : booker.residentId, body)
  // A room with an approval chain: the request waits at the first step that applies (none left: approved).
  const facts = { headcount: body.headcount, organisationId: organisation?.id ?? null, startsLocal: body.startsLocal, endsLocal: body.endsLocal }
  const plan = room.requires_approval ? await planApproval(app.db, room, facts, app.clock(), byStaff ? booker.staff : undefined) : null
  const status: BookingStatus = plan ? (plan.step ? 'requested' : 'approved') : room.requires_approval && !byStaff ? 'requested' : 'approved'
  const actor = actorOf(booker)
  let booking: BookingDetailRow
  try {
    booking = await app.db.transaction().execute(async (trx) => {
      if (byStaff) await lockRooms(trx, [roomId])
      else {
        await lockForResidentBooking(trx, roomId, booker.residentId, organisation?.id ?? null)
        await stillLinked(trx, booker)
        await checkQuotas(trx, room, booker.residentId, organisation?.id ?? null, startsAt, app.clock())
      }
      const row = await insertBookingWithHold(trx, {
        roomId, centerId: room.center_id, residentId: byStaff ? null : booker.residentId, bookedByStaffId: byStaff ? booker.staff.id : null,
        walkIn: body.walkIn, purpose: body.purpose, headcount: body.headcount, organisationId: organisation?.id ?? null,
        publishOrganisation: body.publishOrganisation ?? false, startsAt, endsAt, status, seriesId, actedBy: byStaff ? null : booker.actedBy ?? null,
        approval: plan?.step ? { steps: plan.steps, step: plan.step, dueAt: plan.dueAt! } : null,
      }, actor, app.clock(), room.policy.bufferMinutes)
      // The resident hears that the request waits for staff, or, approved at once, just that.
      if (status === 'requested') await noticeBookingReceived(trx, row, app.clock())
      else await noticeBooking(trx, row, 'booking_approved', app.clock())
      return row
    })
  } catch (e) {
    if (isExclusionViolation(e)) throw slotTaken(await conflictsFor(app.db, room, startsAt, endsAt, body.startsLocal))
    throw e
  }
  app.realtime.centerChanged(room.center_id, 'schedule')
  return toBooking(booking)
}

/**
 * Weekly for N weeks, for an organisation, by staff. Every date is checked first: without
 * skipConflicts any problem refuses the whole series (each date listed); with it the free dates
 * are booked and the others reported.
 */
export async function createBookingSeries(app: App, staff: StaffActor, roomId: string, body: BookingSeriesCreate) {
  const { weeks, skipConflicts, ...one } = body
  if (!one.organisationName && !one.organisationId) throw badRequest('organisation_required', 'Recurring bookings are for organisations: give its name')
  const room = await loadRoomContext(app.db, roomId)
  await checkBooker(app, room, { staff }, one)
  const shift = (local: string, days: number) => `${addDays(local.slice(0, 10), days)}${local.slice(10)}`
  const slots = Array.from({ length: weeks }, (_, i) => ({ ...one, startsLocal: shift(one.startsLocal, i * 7), endsLocal: shift(one.endsLocal, i * 7) }))
  const skipped: { date: string; code: string; message: string }[] = []
  const conflicts: Conflict[] = []
  for (const slot of slots) {
    try {
      await withCalendar(app.db, room, slot)
      checkTimeRules(slot, { policy: room.policy, openingHours: room.openingHours, roomHours: room.roomHours, capacity: room.capacity, now: app.clock(), timeZone: room.time_zone, byStaff: true })
      const found = await conflictsFor(app.db, room, localToInstant(slot.startsLocal, room.time_zone), localToInstant(slot.endsLocal, room.time_zone), slot.startsLocal)
      if (found.length) throw slotTaken(found)
    } catch (e) {
      if (!(e instanceof AppError)) throw e
      skipped.push({ date: slot.startsLocal.slice(0, 10), code: e.code, message: e.message })
      if (e.extra?.conflicts) conflicts.push(...(e.extra.conflicts as Conflict[]))
    }
  }
  if (skipped.length && !skipConflicts)
    throw new AppError(409, 'series_conflicts', `${skipped.length} of ${weeks} dates cannot be booked: ${skipped.map((s) => s.date).join(', ')}`,
      skipped.map((s) => ({ path: s.date, message: `${s.code}: ${s.message}` })), { conflicts })
  const seriesId = randomUUID()
  const created = []
  for (const slot of slots.filter((s) => !skipped.some((k) => k.date === s.startsLocal.slice(0, 10)))) {
    try {
      created.push(await createBooking(app, { staff }, roomId, slot, seriesId))
    } catch (e) {
      // Taken between the check and the write: report it like any other skipped date.
      if (!(e instanceof AppError) || e.code !== 'slot_taken') throw e
      skipped.push({ date: slot.startsLocal.slice(0, 10), code: e.code, message: e.message })
    }
  }
  return { created, skipped }
}

async function loadForBooker(app: App, booker: Booker, bookingId: string) {
  const b = await findBooking(app.db, bookingId)
  if (!b) throw notFound('Booking')
  if ('staff' in booker) await assertCenterAccess(app.db, booker.staff, b.center_id, 'manage_rooms')
  else if (b.resident_id !== booker.residentId) throw notFound('Booking')
  return b
}

export async function getBooking(app: App, booker: Booker, bookingId: string) {
  return toBooking(await loadForBooker(app, booker, bookingId))
}

export async function cancelBooking(app: App, booker: Booker, bookingId: string, note?: string) {
  const b = await loadForBooker(app, booker, bookingId)
  if (!['requested', 'approved'].includes(b.status)) throw conflict('not_cancellable', `A ${b.status} booking cannot be cancelled`)
  const room = await loadRoomContext(app.db, b.room_id)
  const now = app.clock()
  const late = b.status === 'approved' && b.starts_at.getTime() - now.getTime() < room.policy.cancelDeadlineMinutes * 60_000
  const actor = actorOf(booker)
  await app.db.transaction().execute(async (trx) => {
    if (!('staff' in booker)) await stillLinked(trx, booker)
    await setStatus(trx, b.id, b.status, 'cancelled', actor, now, { lateCancellation: late, note })
    await refreshBookingReservation(trx, b.id, room.policy.bufferMinutes)
    if ('staff' in booker) await noticeBooking(trx, b.id, 'booking_cancelled', now, note ?? null)
  })
  app.realtime.centerChanged(b.center_id, 'schedule')
  return toBooking((await findBooking(app.db, b.id))!)
}

/**
 * Approves or rejects pending requests one by one; all must be pending and in the actor's scope,
 * each at a step the actor may decide. Approving a step of a chain moves the request to its next
 * step that applies (the requester hears of it); approving the last one approves the booking.
 */
export async function decideBookings(app: App, staff: StaffActor, ids: string[], decision: 'approve' | 'reject', reason: string | undefined) {
  if (decision === 'reject' && !reason) throw badRequest('reason_required', 'Say why the request is rejected')
  const rows = await Promise.all(ids.map((id) => loadForBooker(app, { staff }, id)))
  const notPending = rows.filter((r) => r.status !== 'requested')
  if (notPending.length) throw conflict('not_pending', `${notPending.length} of these bookings are no longer waiting for a decision`)
  assertMayDecideAll(staff, rows)
  const now = app.clock()
  const actor = { kind: 'staff' as const, id: staff.id }
  await app.db.transaction().execute(async (trx) => {
    for (const r of rows) {
      // The rows were read before the transaction: a lapse may have moved a request up to the
      // subdistrict meanwhile. Locked and read again, so a stale last step never approves it.
      const fresh = await trx.selectFrom('bookings').select(['status', 'approval_step']).where('id', '=', r.id).forUpdate().executeTakeFirst()
      if (fresh?.status !== 'requested' || fresh.approval_step !== r.approval_step) throw conflict('status_changed', 'The booking changed meanwhile; reload and try again')
      if (decision === 'approve' && (await passStep(trx, r, actor, now))) continue
      await setStatus(trx, r.id, 'requested', decision === 'approve' ? 'approved' : 'rejected', actor, now, { decided: true, rejectReason: reason ?? null, approvalStep: r.approval_step })
      if (decision === 'reject') await trx.deleteFrom('room_reservations').where('booking_id', '=', r.id).execute()
      await noticeBooking(trx, r.id, decision === 'approve' ? 'booking_approved' : 'booking_rejected', now, reason ?? null)
    }
  })
  for (const centerId of new Set(rows.map((r) => r.center_id))) app.realtime.centerChanged(centerId, 'schedule')
  return Promise.all(rows.map(async (r) => toBooking((await findBooking(app.db, r.id))!)))
}

/** Staff check a booker in from the window's opening until the booking ends. */
export async function checkInByStaff(app: App, staff: StaffActor, bookingId: string) {
  const b = await loadForBooker(app, { staff }, bookingId)
  return checkIn(app, b, { kind: 'staff', id: staff.id }, b.ends_at)
}

/**
 * A resident scans the room's code: their approved booking there whose check-in window is open.
 * The code's token (or the desk's code of the day) shows they are at the door, not at home.
 */
export async function checkInByResident(app: App, residentId: string, roomId: string, proof: string | undefined, acting?: ResidentActor) {
  const room = await loadRoomContext(app.db, roomId)
  await assertPresent(app, { kind: 'room', id: room.id, centerId: room.center_id, timeZone: room.time_zone }, proof)
  const now = app.clock()
  const opensBefore = room.policy.checkInOpensMinutes * 60_000
  const closesAfter = room.policy.noShowAfterMinutes * 60_000
  const candidates = await app.db.selectFrom('bookings').select('id').where('room_id', '=', roomId).where('resident_id', '=', residentId)
    .where('status', '=', 'approved').where('starts_at', '<=', new Date(now.getTime() + opensBefore))
    .where('starts_at', '>=', new Date(now.getTime() - closesAfter)).orderBy('starts_at').execute()
  if (!candidates[0]) {
    // Scanning the door code again: say so (the phone shows when), rather than "nothing to check in".
    const done = await findCheckedInNow(app.db, roomId, residentId, now)
    if (done?.checked_in_at) throw conflict('already_checked_in', `You checked in at ${formatOffset(done.checked_in_at, room.time_zone).slice(11, 16)}`)
    throw notFound('A booking of yours in this room open for check-in now')
  }
  const b = (await findBooking(app.db, candidates[0].id))!
  const who = acting ?? { residentId }
  return checkIn(app, b, actorOf(who), new Date(b.starts_at.getTime() + closesAfter), who)
}

/**
 * Staff type or scan the code a resident shows at the desk (核销): that booking, if it is this
 * center's and today's, is checked in as staff would check it in.
 */
export async function checkInByCode(app: App, staff: StaffActor, centerId: string, typed: string) {
  await assertCenterAccess(app.db, staff, centerId, 'manage_rooms')
  const code = normalizeBookingCode(typed)
  if (!/^\d{8}$/.test(code)) throw badRequest('booking_code_invalid', 'A booking code is 8 digits')
  const b = await findBookingByCode(app.db, code)
  if (!b) throw new AppError(404, 'booking_code_unknown', 'No booking has this code; check the digits')
  if (b.center_id !== centerId) throw conflict('booking_other_center', 'This booking is for another center')
  if (b.status === 'cancelled') throw conflict('booking_cancelled', 'This booking was cancelled')
  if (b.status === 'checked_in') throw conflict('already_checked_in', `Checked in already at ${formatOffset(b.checked_in_at!, b.time_zone).slice(11, 16)}`)
  const now = app.clock()
  const day = localDateOf(b.starts_at, b.time_zone)
  if (day !== localDateOf(now, b.time_zone)) throw conflict('booking_not_today', `This booking is on ${day}, not today`)
  return checkIn(app, b, { kind: 'staff', id: staff.id }, b.ends_at)
}

async function checkIn(app: App, b: NonNullable<Awaited<ReturnType<typeof findBooking>>>, actor: { kind: 'staff' | 'resident'; id: string }, closesAt: Date, who?: ResidentActor) {
  if (b.status !== 'approved') throw conflict('not_checkable', `A ${b.status} booking cannot be checked in`)
  const room = await loadRoomContext(app.db, b.room_id)
  const now = app.clock()
  if (now.getTime() < b.starts_at.getTime() - room.policy.checkInOpensMinutes * 60_000) throw conflict('check_in_not_open', `Check-in opens ${room.policy.checkInOpensMinutes} minutes before the start`)
  if (now >= closesAt) throw conflict('check_in_closed', 'Check-in for this booking has closed')
  await app.db.transaction().execute(async (trx) => {
    if (who) await stillLinked(trx, who)
    await setStatus(trx, b.id, 'approved', 'checked_in', actor, now, { checkedIn: true })
  })
  return toBooking((await findBooking(app.db, b.id))!)
}
