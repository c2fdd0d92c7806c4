import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import {
  DateRangeQuery, ForResidentQuery, IdParams, Registration, RegistrationCreate, Roster, Seats, SignupListing, StaffRegistrationCreate, errorResponses, itemsOf,
} from '@linli/contracts'
import { badRequest, unauthorized } from '../../plugins/errors'
import { requireActor } from '../auth/session.hook'
import { actingFor, actingOnItemOf, namingMember } from '../family/acting'
import { findActiveResidentByPhone, findResident } from '../residents/residents.repository'
import { requireResident } from '../residents/resident-session.hook'
import { rosterOf, seatsOf, signupListing } from './listings.service'
import { findRegistration, listResidentRegistrations, toRegistration } from './registrations.repository'
import { type Registrar, cancelRegistration, confirmRegistration, register } from './registrations.service'

/** Staff act through their session; otherwise the signed-in resident. */
function registrarOf(request: FastifyRequest): Registrar {
  if (request.actor) return { staff: request.actor }
  if (request.residentId) return { residentId: request.residentId }
  throw unauthorized()
}

export const registrationsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['participation']
  const limited = { rateLimit: { max: 60, timeWindow: '1 minute' } }

  /** As registrarOf, but a family proxy acts on the registration of a member they are linked to. */
  async function registrarFor(request: FastifyRequest, registrationId: string): Promise<Registrar> {
    const who = registrarOf(request)
    if ('staff' in who) return who
    return actingOnItemOf(app.db, who.residentId, (await findRegistration(app.db, registrationId))?.resident_id)
  }

  app.get(
    '/occurrences/:id/seats',
    { schema: { tags, summary: 'How full an occurrence is (numbers only, never names), and whether sign-up is open', params: IdParams, response: { 200: Seats, ...errorResponses } } },
    async (request) => seatsOf(app, request.params.id),
  )

  app.get(
    '/centers/:id/signups',
    { schema: { tags, summary: "A center's upcoming activities to sign up for, with seat counts (default the next 14 days)", params: IdParams, querystring: DateRangeQuery, response: { 200: SignupListing, ...errorResponses } } },
    async (request) => signupListing(app, request.params.id, request.query),
  )

  app.post(
    '/occurrences/:id/registrations',
    { config: limited, schema: { tags, summary: 'A resident signs up, themselves or a family member (forResidentId): a seat, or the waitlist when full; wholeSeries signs up for every open date', params: IdParams, body: RegistrationCreate, response: { 201: itemsOf(Registration), ...errorResponses } } },
    async (request, reply) => {
      const who = await actingFor(app.db, requireResident(request), request.body.forResidentId)
      return reply.status(201).send({ items: await namingMember(who, () => register(app, who, request.params.id, who.residentId, request.body.wholeSeries)) })
    },
  )

  app.get(
    '/residents/me/registrations',
    { schema: { tags, summary: "The signed-in resident's registrations (or, with forResidentId, a family member's they act for), latest first, with waitlist places and offer deadlines", querystring: ForResidentQuery, response: { 200: itemsOf(Registration), ...errorResponses } } },
    async (request) => {
      const who = await actingFor(app.db, requireResident(request), request.query.forResidentId)
      return { items: (await listResidentRegistrations(app.db, who.residentId)).map(toRegistration) }
    },
  )

  app.post(
    '/registrations/:id/confirm',
    { config: limited, schema: { tags, summary: 'A resident takes the seat offered to them, before the hold expires (409 offer_expired after)', params: IdParams, response: { 200: Registration, ...errorResponses } } },
    async (request) => {
      const who = await actingOnItemOf(app.db, requireResident(request), (await findRegistration(app.db, request.params.id))?.resident_id)
      return namingMember(who, () => confirmRegistration(app, who, request.params.id))
    },
  )

  app.post(
    '/registrations/:id/cancel',
    { schema: { tags, summary: 'Cancel a registration (its resident, or staff); a freed seat is offered to the first on the waitlist', params: IdParams, response: { 200: Registration, ...errorResponses } } },
    async (request) => {
      const who = await registrarFor(request, request.params.id)
      const registration = 'staff' in who ? await cancelRegistration(app, who, request.params.id) : await namingMember(who, () => cancelRegistration(app, who, request.params.id))
      if ('staff' in who) await request.audit({ entity: 'registration', entityId: registration.id, action: 'cancel', centerId: registration.centerId, after: registration })
      return registration
    },
  )

  app.get(
    '/occurrences/:id/roster',
    { schema: { tags, summary: "An occurrence's list for staff: seats, waitlist, check-ins and attendance", params: IdParams, response: { 200: Roster, ...errorResponses } } },
    async (request) => rosterOf(app, requireActor(request), request.params.id),
  )

  app.post(
    '/occurrences/:id/roster',
    { schema: { tags, summary: 'Staff put a resident (by id or phone) on the list: a seat, or the waitlist when full', params: IdParams, body: StaffRegistrationCreate, response: { 201: itemsOf(Registration), ...errorResponses } } },
    async (request, reply) => {
      const staff = requireActor(request)
      const { residentId, phone, wholeSeries } = request.body
      if (residentId && phone) throw badRequest('one_resident', 'Give either residentId or phone, not both')
      const resident = residentId ? await findResident(app.db, residentId) : phone ? await findActiveResidentByPhone(app.db, phone) : undefined
      if (!resident || !resident.active) {
        throw badRequest('unknown_resident', phone ? `No resident account has the phone number ${phone}` : 'No such resident', [{ path: phone ? 'body/phone' : 'body/residentId', message: 'is not a resident' }])
      }
      const items = await register(app, { staff }, request.params.id, resident.id, wholeSeries)
      for (const r of items) await request.audit({ entity: 'registration', entityId: r.id, action: 'create_for_resident', centerId: r.centerId, after: r })
      return reply.status(201).send({ items })
    },
  )
}
