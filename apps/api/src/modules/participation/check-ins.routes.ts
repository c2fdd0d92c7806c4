import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { CheckIn, CheckInProof, ForResidentQuery, IdParams, StaffCheckIn, errorResponses } from '@linli/contracts'
import { requireActor } from '../auth/session.hook'
import { noBodyAsNoProof } from '../check-in-codes/presence'
import { actingFor, namingMember } from '../family/acting'
import { requireResident } from '../residents/resident-session.hook'
import { selfCheckIn, staffCheckIn, undoCheckIn } from './check-ins.service'

export const checkInsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['participation']

  app.post(
    '/occurrences/:id/check-in',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      preValidation: noBodyAsNoProof,
      schema: {
        tags, summary: "A resident checks in by scanning the occurrence's code, from checkInOpensMinutes before the start to checkInClosesMinutes after the end; `token` is the code's `t` (or the desk's code of the day)",
        params: IdParams, querystring: ForResidentQuery, body: CheckInProof, response: { 201: CheckIn, ...errorResponses },
      },
    },
    async (request, reply) => {
      // A family proxy (forResidentId) checks the member in; the check-in records the proxy.
      const who = await actingFor(app.db, requireResident(request), request.query.forResidentId)
      return reply.status(201).send(await namingMember(who, () => selfCheckIn(app, who.residentId, request.params.id, request.body.token, who)))
    },
  )

  app.post(
    '/occurrences/:id/staff-check-ins',
    { schema: { tags, summary: 'Staff tick a resident off (residentId) or count walk-ins without an account (walkIns)', params: IdParams, body: StaffCheckIn, response: { 201: CheckIn, ...errorResponses } } },
    async (request, reply) => {
      const { checkIn, centerId } = await staffCheckIn(app, requireActor(request), request.params.id, request.body)
      await request.audit({ entity: 'check_in', entityId: checkIn.id, action: 'create', centerId, after: checkIn })
      return reply.status(201).send(checkIn)
    },
  )

  app.delete(
    '/check-ins/:id',
    { schema: { tags, summary: 'Staff undo a check-in (and the volunteer service it recorded)', params: IdParams, response: { 204: Type.Null(), ...errorResponses } } },
    async (request, reply) => {
      const before = await undoCheckIn(app, requireActor(request), request.params.id)
      await request.audit({ entity: 'check_in', entityId: before.id, action: 'delete', centerId: before.center_id, before })
      return reply.status(204).send(null)
    },
  )
}
