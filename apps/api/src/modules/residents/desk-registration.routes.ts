import { randomBytes } from 'node:crypto'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  DESK_RESIDENT_LIMIT, DeskResident, DeskResidentCreate, DeskResidentList, DeskResidentParams, DeskResidentQuery, IdParams, Resident, SignInLink,
  SignInWithLink, errorResponses,
} from '@linli/contracts'
import { conflict, notFound } from '../../plugins/errors'
import { assertCenterAccess } from '../auth/policy'
import { hashPassword } from '../auth/passwords'
import { requireActor } from '../auth/session.hook'
import { maskPhone } from '../notifications/sms/log'
import {
  type DeskResidentRow, findDeskResident, findResidentIdByPhone, insertCenterResident, searchDeskResidents, setResidentLanguage,
} from './desk-registration.repository'
import { signInResident } from './phone-codes-session'
import { insertResidentIfPhoneFree, toResident } from './residents.repository'
import { createSignInLink, redeemSignInLink } from './sign-in-links'

/** Staff see the number masked: the resident at the desk confirms the last four digits, a list hands out no one's number. */
export const toDeskResident = (r: DeskResidentRow): DeskResident => ({
  id: r.id, name: r.name, maskedPhone: maskPhone(r.phone), household: r.household, language: r.language, registeredAt: r.registered_at?.toISOString() ?? null,
})

/** The service desk: find and register residents, hand them a one-time sign-in QR; and the phone's side of that QR. */
export const deskRegistrationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['residents']
  // Per staff member: a desk registers a queue of people, not hundreds a minute.
  const deskLimit = { max: 30, timeWindow: '1 minute' }

  app.get(
    '/centers/:id/residents',
    { schema: { tags, summary: 'Residents this center knows (registered at its desk, booked or signed up here), by name or the last digits of the number', params: IdParams, querystring: DeskResidentQuery, response: { 200: DeskResidentList, ...errorResponses } } },
    async (request) => {
      await assertCenterAccess(app.db, requireActor(request), request.params.id, 'register_residents')
      const rows = await searchDeskResidents(app.db, request.params.id, request.query.q, DESK_RESIDENT_LIMIT)
      return { items: rows.slice(0, DESK_RESIDENT_LIMIT).map(toDeskResident), more: rows.length > DESK_RESIDENT_LIMIT }
    },
  )

  app.post(
    '/centers/:id/residents',
    { config: { rateLimit: deskLimit }, schema: { tags, summary: 'Register a resident at the desk, without a password (409 when the number has an account)', params: IdParams, body: DeskResidentCreate, response: { 201: DeskResident, ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request)
      const centerId = request.params.id
      await assertCenterAccess(app.db, actor, centerId, 'register_residents')
      const { name, phone, household, language } = request.body
      // No password: one nobody knows, so the resident signs in by SMS code or a desk QR until they set one.
      const passwordHash = await hashPassword(randomBytes(32).toString('base64url'))
      const now = app.clock()
      const created = await app.db.transaction().execute(async (trx) => {
        const row = await insertResidentIfPhoneFree(trx, { name, phone, passwordHash, organisationName: null })
        if (!row) return undefined
        if (language) await setResidentLanguage(trx, row.id, language)
        await insertCenterResident(trx, { centerId, residentId: row.id, household: household ?? null, staffId: actor.id, at: now })
        return row
      })
      if (!created) {
        const existing = await findResidentIdByPhone(app.db, phone)
        if (existing && (await findDeskResident(app.db, centerId, existing.id)))
          throw conflict('resident_known', 'This number is already registered with this center; find the resident in the list instead')
        throw conflict('phone_registered_elsewhere', 'This number already has an account, not yet known to this center; the resident can sign in with an SMS code')
      }
      const resident = (await findDeskResident(app.db, centerId, created.id))!
      await request.audit({ entity: 'resident', entityId: created.id, action: 'desk_register', centerId, after: toDeskResident(resident) })
      return reply.status(201).send(toDeskResident(resident))
    },
  )

  app.post(
    '/centers/:id/residents/:residentId/sign-in-links',
    { config: { rateLimit: deskLimit }, schema: { tags, summary: 'A one-time sign-in link for a resident this center knows, to show as a QR (10 minutes, once; earlier unused links stop working)', params: DeskResidentParams, response: { 201: SignInLink, ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request)
      const { id: centerId, residentId } = request.params
      await assertCenterAccess(app.db, actor, centerId, 'register_residents')
      const resident = await findDeskResident(app.db, centerId, residentId)
      if (!resident) throw notFound('Resident')
      const { body, linkId, replaced } = await createSignInLink(app, { residentId, residentName: resident.name, centerId, staffId: actor.id })
      await request.audit({ entity: 'resident', entityId: residentId, action: 'sign_in_link', centerId, after: { linkId, expiresAt: body.expiresAt, replacedLinks: replaced } })
      return reply.status(201).send(body)
    },
  )

  app.post(
    '/residents/sign-in-with-link',
    { config: { rateLimit: { max: 10, timeWindow: '1 minute' } }, schema: { tags, summary: 'Sign this phone in with a one-time link from the service desk', body: SignInWithLink, response: { 200: Resident, ...errorResponses } } },
    async (request, reply) => {
      const row = await redeemSignInLink(app, request.body.token)
      await signInResident(app, reply, row.id)
      return toResident(row)
    },
  )
}
