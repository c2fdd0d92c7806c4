import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import {
  DeskFamilyLink, FAMILY_LIMIT, Family, FamilyCodeRequest, FamilyLink, FamilyLinkCreate, IdParams, PhoneCodeRequested, StaffFamilyLinkCreate, errorResponses, itemsOf,
  signInErrorResponses,
} from '@linli/contracts'
import { AppError } from '../../plugins/errors'
import { assertCenterAccess } from '../auth/policy'
import { requireActor } from '../auth/session.hook'
import { CODE_TTL_MS, tooManyCodes } from '../residents/phone-codes'
import { codeSender } from '../residents/phone-codes-sms'
import { requireResident } from '../residents/resident-session.hook'
import { toDeskFamilyLink } from './desk-family-link'
import { listCenterLinks, listLinksOf, toFamilyLink } from './family.repository'
import { linkByStaff, linkWithCode, requestLinkCode, unlinkByResident, unlinkByStaff } from './family.service'

/** Family proxies (代预约): residents link and unlink family members; staff link them at the desk. */
export const familyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['family']
  const rateLimit = { max: 10, timeWindow: '1 minute' }
  const send = codeSender(app)

  app.get(
    '/residents/me/family',
    { schema: { tags, summary: 'Whom the signed-in resident acts for (members), and who acts for them (proxies)', response: { 200: Family, ...errorResponses } } },
    async (request) => {
      const me = requireResident(request)
      const links = (await listLinksOf(app.db, me)).map(toFamilyLink)
      return { members: links.filter((l) => l.proxyResidentId === me), proxies: links.filter((l) => l.memberResidentId === me), limit: FAMILY_LIMIT }
    },
  )

  app.post(
    '/residents/me/family/codes',
    { config: { rateLimit }, schema: { tags, summary: "Send a code to a family member's number; they tell it to you to confirm the link (the same answer for every number)", body: FamilyCodeRequest, response: { 202: PhoneCodeRequested, ...signInErrorResponses } } },
    async (request, reply) => {
      const proxyId = requireResident(request)
      if (!send) throw new AppError(503, 'codes_unavailable', 'SMS codes are not set up on this server (SMS_CODE_TEMPLATE); ask the staff at the center to link you')
      const issued = await requestLinkCode(app, request.ip, proxyId, request.body.phone)
      if ('retryAfterMs' in issued) {
        const seconds = Math.ceil(issued.retryAfterMs / 1000)
        reply.header('retry-after', String(seconds))
        throw tooManyCodes(seconds)
      }
      if (issued.deliver) {
        setImmediate(() => {
          send(request.body.phone, issued.code, issued.id)
            .then((r) => { if ('retry' in r || 'dead' in r) request.log.warn({ sms: r }, 'family link code not sent') })
            .catch((err: unknown) => request.log.error({ err }, 'family link code not sent'))
        })
      }
      return reply.status(202).send({ expiresInSeconds: CODE_TTL_MS / 1000, resendAfterSeconds: app.config.smsResendSeconds })
    },
  )

  app.post(
    '/residents/me/family',
    { config: { rateLimit }, schema: { tags, summary: "Link a family member with the code sent to their number: you may then book, sign up, cancel and check in for them", body: FamilyLinkCreate, response: { 201: FamilyLink, ...signInErrorResponses } } },
    async (request, reply) => reply.status(201).send(await linkWithCode(app, requireResident(request), request.body.phone, request.body.code)),
  )

  app.delete(
    '/residents/me/family/:id',
    { schema: { tags, summary: 'Unlink: the proxy stops acting for the member (either of them may)', params: IdParams, response: { 204: Type.Null(), ...errorResponses } } },
    async (request, reply) => {
      await unlinkByResident(app, requireResident(request), request.params.id)
      return reply.status(204).send(null)
    },
  )

  app.get(
    '/centers/:id/family-links',
    { schema: { tags, summary: "Family links this center's desk made, newest first, numbers masked as on the 居民 list", params: IdParams, response: { 200: itemsOf(DeskFamilyLink), ...errorResponses } } },
    async (request) => {
      await assertCenterAccess(app.db, requireActor(request), request.params.id, 'manage_participation')
      return { items: (await listCenterLinks(app.db, request.params.id)).map(toDeskFamilyLink) }
    },
  )

  app.post(
    '/centers/:id/family-links',
    { schema: { tags, summary: 'Staff link two residents at the desk by their numbers: the first acts for the second', params: IdParams, body: StaffFamilyLinkCreate, response: { 201: DeskFamilyLink, ...errorResponses } } },
    async (request, reply) => {
      const link = toDeskFamilyLink(await linkByStaff(app, requireActor(request), request.params.id, request.body.proxyPhone, request.body.memberPhone))
      await request.audit({ entity: 'family_link', entityId: link.id, action: 'create', centerId: request.params.id, after: link })
      return reply.status(201).send(link)
    },
  )

  app.delete(
    '/family-links/:id',
    { schema: { tags, summary: "Staff end a link their center's desk made", params: IdParams, response: { 204: Type.Null(), ...errorResponses } } },
    async (request, reply) => {
      const link = toDeskFamilyLink(await unlinkByStaff(app, requireActor(request), request.params.id))
      await request.audit({ entity: 'family_link', entityId: link.id, action: 'delete', centerId: link.centerId, before: link })
      return reply.status(204).send(null)
    },
  )
}
