import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { Type } from '@sinclair/typebox'
import ical from 'ical-generator'
import {
  Booking, BookingCodeCheckIn, BookingCreate, BookingDecision, BookingQuota, BookingQuotaQuery, BookingListQuery, BookingPolicy, BookingPolicyPatch, BookingSeriesCreate,
  CheckInProof, ForResidentQuery, IdParams, LocalDate, ResidentBookingCreate, RoomAvailability, type RoomPolicyPatch, RoomPolicyPatch as RoomPolicyPatchSchema, errorResponses, itemsOf,
} from '@linli/contracts'
import { unauthorized } from '../../plugins/errors'
import { assertCenterAccess } from '../auth/policy'
import { requireActor } from '../auth/session.hook'
import { noBodyAsNoProof } from '../check-in-codes/presence'
import { actingFor, actingOnItemOf, namingMember } from '../family/acting'
import { requireResident } from '../residents/resident-session.hook'
import { resolveRange } from '../schedule/range'
import { roomAvailability } from './availability'
import { findBooking, listBookings, listResidentBookings, toBooking } from './bookings.repository'
import {
  type Booker, cancelBooking, checkInByCode, checkInByResident, checkInByStaff, createBooking, createBookingSeries, decideBookings, getBooking,
} from './bookings.service'
import { quotaDay, residentQuota } from './quota'
import { loadRoomContext } from './room-context'
import { centerPolicy, roomOverrides, setCenterPolicy, setRoomPolicy } from './policies.repository'

/** Staff act through their session; otherwise the signed-in resident. */
function bookerOf(request: FastifyRequest): Booker {
  if (request.actor) return { staff: request.actor }
  if (request.residentId) return { residentId: request.residentId }
  throw unauthorized()
}

export const bookingsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['bookings']

  /** As bookerOf, but a family proxy acts on the booking of a member they are linked to. */
  async function bookerFor(request: FastifyRequest, bookingId: string): Promise<Booker> {
    const booker = bookerOf(request)
    if ('staff' in booker) return booker
    return actingOnItemOf(app.db, booker.residentId, (await findBooking(app.db, bookingId))?.resident_id)
  }
  const limited = { rateLimit: { max: 30, timeWindow: '1 minute' } }

  app.get(
    '/rooms/:id/availability',
    { schema: { tags, summary: "A room's opening hours and occupied times for 1-7 days (never who holds them)", params: IdParams, querystring: Type.Object({ date: LocalDate, days: Type.Optional(Type.Integer({ minimum: 1, maximum: 7 })) }, { additionalProperties: false }), response: { 200: itemsOf(RoomAvailability), ...errorResponses } } },
    async (request) => ({ items: await roomAvailability(app.db, request.params.id, request.query.date, request.query.days ?? 1) }),
  )

  app.post(
    '/rooms/:id/bookings',
    { config: limited, schema: { tags, summary: 'A resident books a slot, for themselves or a family member (forResidentId); 409 slot_taken when it is taken', params: IdParams, body: ResidentBookingCreate, response: { 201: Booking, ...errorResponses } } },
    async (request, reply) => {
      const { forResidentId, ...body } = request.body
      const who = await actingFor(app.db, requireResident(request), forResidentId)
      return reply.status(201).send(await namingMember(who, () => createBooking(app, who, request.params.id, body)))
    },
  )

  app.post(
    '/rooms/:id/staff-bookings',
    { schema: { tags, summary: 'Staff book for a walk-in resident or an organisation (approved at once)', params: IdParams, body: BookingCreate, response: { 201: Booking, ...errorResponses } } },
    async (request, reply) => {
      const booking = await createBooking(app, { staff: requireActor(request) }, request.params.id, request.body)
      await request.audit({ entity: 'booking', entityId: booking.id, action: 'create_for_booker', centerId: booking.centerId, after: booking })
      return reply.status(201).send(booking)
    },
  )

  app.post(
    '/rooms/:id/booking-series',
    { schema: { tags, summary: 'Staff book weekly for N weeks for an organisation; conflicting dates are listed, and skipped on request', params: IdParams, body: BookingSeriesCreate, response: { 201: Type.Object({ created: Type.Array(Booking), skipped: Type.Array(Type.Object({ date: Type.String(), code: Type.String(), message: Type.String() })) }), ...errorResponses } } },
    async (request, reply) => {
      const result = await createBookingSeries(app, requireActor(request), request.params.id, request.body)
      for (const b of result.created) await request.audit({ entity: 'booking', entityId: b.id, action: 'create_series', centerId: b.centerId, after: b })
      return reply.status(201).send(result)
    },
  )

  app.get(
    '/residents/me/bookings',
    { schema: { tags, summary: "The signed-in resident's bookings (or, with forResidentId, a family member's they act for), newest first", querystring: ForResidentQuery, response: { 200: itemsOf(Booking), ...errorResponses } } },
    async (request) => {
      const who = await actingFor(app.db, requireResident(request), request.query.forResidentId)
      return { items: (await listResidentBookings(app.db, who.residentId)).map(toBooking) }
    },
  )

  app.get(
    '/rooms/:id/booking-quota',
    { schema: { tags, summary: 'How many more bookings the signed-in resident may make in this room\'s center (the week of `date`, today by default)', params: IdParams, querystring: BookingQuotaQuery, response: { 200: BookingQuota, ...errorResponses } } },
    async (request) => {
      const { residentId } = await actingFor(app.db, requireResident(request), request.query.forResidentId)
      const room = await loadRoomContext(app.db, request.params.id)
      return residentQuota(app.db, room, residentId, quotaDay(room, app.clock(), request.query.date), app.clock())
    },
  )

  app.get(
    '/bookings/:id',
    { schema: { tags, summary: 'One booking (its resident or staff of its center)', params: IdParams, response: { 200: Booking, ...errorResponses } } },
    async (request) => getBooking(app, await bookerFor(request, request.params.id), request.params.id),
  )

  app.get(
    '/bookings/:id/calendar.ics',
    { schema: { tags, summary: 'One booking as an iCalendar file, to add to a phone calendar', params: IdParams, produces: ['text/calendar'], response: { 200: Type.String(), ...errorResponses } } },
    async (request, reply) => {
      const b = await getBooking(app, await bookerFor(request, request.params.id), request.params.id)
      const calendar = ical({ name: b.centerName, prodId: { company: 'Linli', product: 'linli', language: 'ZH' } })
      calendar.createEvent({ id: `${b.id}@linli`, start: new Date(b.startsAt), end: new Date(b.endsAt), summary: `${b.roomName} · ${b.purpose}`, location: `${b.centerName} ${b.roomName}` })
      return reply.type('text/calendar; charset=utf-8').header('content-disposition', `attachment; filename="booking-${b.id.slice(0, 8)}.ics"`).send(calendar.toString())
    },
  )

  app.post(
    '/bookings/:id/cancel',
    { schema: { tags, summary: 'Cancel a booking (late after the deadline: counted)', params: IdParams, response: { 200: Booking, ...errorResponses } } },
    async (request) => {
      const who = await bookerFor(request, request.params.id)
      const booking = 'staff' in who ? await cancelBooking(app, who, request.params.id) : await namingMember(who, () => cancelBooking(app, who, request.params.id))
      await request.audit({ entity: 'booking', entityId: booking.id, action: 'cancel', centerId: booking.centerId, after: booking })
      return booking
    },
  )

  app.post(
    '/bookings/decisions',
    { schema: { tags, summary: 'Approve or reject pending requests, one or many: each at the step it waits at (a chain\'s next step, or approved); 403 approval_not_yours when one waits for another approver', body: BookingDecision, response: { 200: itemsOf(Booking), ...errorResponses } } },
    async (request) => {
      const items = await decideBookings(app, requireActor(request), request.body.ids, request.body.decision, request.body.reason)
      for (const b of items) {
        // Still requested after an approval: one step of its chain passed, the next approver decides now.
        if (b.status === 'requested') await request.audit({ entity: 'booking', entityId: b.id, action: 'approve_step', centerId: b.centerId, after: b })
        else await request.audit({ entity: 'booking', entityId: b.id, action: request.body.decision, centerId: b.centerId, after: b })
      }
      return { items }
    },
  )

  app.post(
    '/bookings/:id/check-in',
    { schema: { tags, summary: 'Staff check the booker in', params: IdParams, response: { 200: Booking, ...errorResponses } } },
    async (request) => {
      const booking = await checkInByStaff(app, requireActor(request), request.params.id)
      await request.audit({ entity: 'booking', entityId: booking.id, action: 'check_in', centerId: booking.centerId, after: booking })
      return booking
    },
  )

  app.post(
    '/rooms/:id/check-in',
    {
      config: limited,
      preValidation: noBodyAsNoProof,
      schema: {
        tags, summary: "A resident checks in by scanning the room's code, within the window around the start; `token` is the code's `t` (or the desk's code of the day)",
        params: IdParams, querystring: ForResidentQuery, body: CheckInProof, response: { 200: Booking, ...errorResponses },
      },
    },
    async (request) => {
      // A family proxy (forResidentId) checks the member in: the member's booking, the proxy recorded as who did it.
      const who = await actingFor(app.db, requireResident(request), request.query.forResidentId)
      return namingMember(who, () => checkInByResident(app, who.residentId, request.params.id, request.body.token, who))
    },
  )

  app.post(
    '/centers/:id/booking-code-check-ins',
    { schema: { tags, summary: "Staff type or scan the code a resident shows at the desk (核销): that booking of this center's today is checked in", params: IdParams, body: BookingCodeCheckIn, response: { 200: Booking, ...errorResponses } } },
    async (request) => {
      const booking = await checkInByCode(app, requireActor(request), request.params.id, request.body.code)
      await request.audit({ entity: 'booking', entityId: booking.id, action: 'check_in_by_code', centerId: booking.centerId, after: booking })
      return booking
    },
  )

  app.get(
    '/centers/:id/bookings',
    { schema: { tags, summary: "A center's bookings for staff, by start (pending first when filtered by status=requested)", params: IdParams, querystring: BookingListQuery, response: { 200: itemsOf(Booking), ...errorResponses } } },
    async (request) => {
      await assertCenterAccess(app.db, requireActor(request), request.params.id, 'manage_rooms')
      const center = await app.db.selectFrom('centers').select('time_zone').where('id', '=', request.params.id).executeTakeFirstOrThrow()
      const range = request.query.from || request.query.to ? resolveRange(request.query, center.time_zone, app.clock(), 7) : undefined
      return { items: (await listBookings(app.db, { centerId: request.params.id, ...request.query, range })).map(toBooking) }
    },
  )

  app.get(
    '/residents/:id/bookings',
    { schema: { tags, summary: "A resident's booking history in the staff member's center(s)", params: IdParams, response: { 200: itemsOf(Booking), ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request)
      const rows = await listResidentBookings(app.db, request.params.id)
      const visible = []
      for (const r of rows) {
        try {
          await assertCenterAccess(app.db, actor, r.center_id, 'manage_rooms')
          visible.push(toBooking(r))
        } catch {
          // Bookings in other centers stay out of sight.
        }
      }
      return { items: visible }
    },
  )

  app.get(
    '/rooms/:id/booking-policy',
    { schema: { tags, summary: "The booking rules in force for a room (center defaults with the room's overrides)", params: IdParams, response: { 200: BookingPolicy, ...errorResponses } } },
    async (request) => (await loadRoomContext(app.db, request.params.id)).policy,
  )

  app.get(
    '/rooms/:id/booking-policy/overrides',
    { schema: { tags, summary: "The rules this room sets itself (the rest follow its center)", params: IdParams, response: { 200: BookingPolicyPatch, ...errorResponses } } },
    async (request) => {
      const room = await loadRoomContext(app.db, request.params.id)
      await assertCenterAccess(app.db, requireActor(request), room.center_id, 'view_internal')
      return roomOverrides(app.db, room.id)
    },
  )

  app.patch(
    '/rooms/:id/booking-policy',
    { schema: { tags, summary: "Override some of the center's booking rules for one room; null follows the center again", params: IdParams, body: RoomPolicyPatchSchema, response: { 200: BookingPolicy, ...errorResponses } } },
    async (request) => {
      const room = await loadRoomContext(app.db, request.params.id)
      await assertCenterAccess(app.db, requireActor(request), room.center_id, 'edit_center')
      const before = await roomOverrides(app.db, room.id)
      await setRoomPolicy(app.db, room.id, request.body as RoomPolicyPatch)
      await request.audit({ entity: 'room_policy', entityId: room.id, action: 'update', centerId: room.center_id, before, after: await roomOverrides(app.db, room.id) })
      return (await loadRoomContext(app.db, room.id)).policy
    },
  )

  app.get(
    '/centers/:id/booking-policy',
    { schema: { tags, summary: "A center's default booking rules (built-in defaults where unset)", params: IdParams, response: { 200: BookingPolicy, ...errorResponses } } },
    async (request) => {
      await assertCenterAccess(app.db, requireActor(request), request.params.id, 'view_internal')
      return centerPolicy(app.db, request.params.id)
    },
  )

  app.patch(
    '/centers/:id/booking-policy',
    { schema: { tags, summary: "Set a center's default booking rules", params: IdParams, body: BookingPolicyPatch, response: { 200: BookingPolicyPatch, ...errorResponses } } },
    async (request) => {
      await assertCenterAccess(app.db, requireActor(request), request.params.id, 'edit_center')
      const before = await centerPolicy(app.db, request.params.id)
      const after = await setCenterPolicy(app.db, request.params.id, request.body)
      await request.audit({ entity: 'center_policy', entityId: request.params.id, action: 'update', centerId: request.params.id, before, after })
      return after
    },
  )
}
