import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import {
  IdParams, JointMeeting, JointMeetingCreate, JointMeetingSummary, JointMeetingUpdate, MeetingProblemParams, ProblemAction, ProblemCreate,
  errorResponses, itemsOf,
} from '@linli/contracts'
import { formatOffset } from '@linli/schedule'
import { notFound } from '../../plugins/errors'
import { requireActor } from '../auth/session.hook'
import { placeOwner, placeRowOwner } from '../co-building-lists/owner'
import { type MeetingRow, findMeeting, listMeetings } from './joint-meetings.repository'
import { changeMeeting, createMeeting, loadMeeting, moveProblem, raiseProblem, removeMeeting } from './joint-meetings.service'

const ListQuery = Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })) }, { additionalProperties: false })
type Counted = MeetingRow & { attendees: string; problems: string; solved: string }
const toSummary = (m: Counted) => ({
  id: m.id, centerId: m.center_id, regionId: m.region_id, ownerName: m.owner_name, title: m.title, startsAt: formatOffset(m.starts_at, m.time_zone),
  location: m.location, attendeeCount: Number(m.attendees), problemCount: Number(m.problems), solvedCount: Number(m.solved),
})

/**
 * Joint meetings (联席会议) of a center or region with its co-building units: who came, the minutes,
 * and the problems raised, followed raised → assigned → solved. Every change is in the audit log.
 */
export const jointMeetingsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['joint-meetings']
  const security = [{ session: [] }]
  const audit = (m: { id: string; centerId: string | null }) => ({ entity: 'joint_meeting', entityId: m.id, centerId: m.centerId ?? undefined })

  app.get(
    '/centers/:id/joint-meetings',
    { schema: { tags, security, summary: "A center's joint meetings, latest first", params: IdParams, querystring: ListQuery, response: { 200: itemsOf(JointMeetingSummary), ...errorResponses } } },
    async (request) => {
      const owner = await placeOwner(app.db, requireActor(request), { centerId: request.params.id })
      return { items: (await listMeetings(app.db, owner, request.query.limit ?? 200)).map(toSummary) }
    },
  )

  app.get(
    '/regions/:id/joint-meetings',
    { schema: { tags, security, summary: "A region's joint meetings and its centers', latest first (district admins)", params: IdParams, querystring: ListQuery, response: { 200: itemsOf(JointMeetingSummary), ...errorResponses } } },
    async (request) => {
      const owner = await placeOwner(app.db, requireActor(request), { regionId: request.params.id })
      return { items: (await listMeetings(app.db, owner, request.query.limit ?? 200)).map(toSummary) }
    },
  )

  app.post(
    '/joint-meetings',
    { schema: { tags, security, summary: 'Record a joint meeting of a center or region, with the units that attended', body: JointMeetingCreate, response: { 201: JointMeeting, ...errorResponses } } },
    async (request, reply) => {
      const after = await createMeeting(app, requireActor(request), request.body)
      await request.audit({ ...audit(after), action: 'create', after })
      return reply.status(201).send(after)
    },
  )

  app.get(
    '/joint-meetings/:id',
    { schema: { tags, security, summary: 'One joint meeting with attendance, minutes and problems', params: IdParams, response: { 200: JointMeeting, ...errorResponses } } },
    async (request) => {
      const row = await findMeeting(app.db, request.params.id)
      if (!row) throw notFound('Joint meeting')
      const owner = await placeRowOwner(app.db, requireActor(request), row)
      return (await loadMeeting(app.db, row.id, owner))!
    },
  )

  app.patch(
    '/joint-meetings/:id',
    { schema: { tags, security, summary: 'Edit a meeting: title, time, place, minutes, attending units', params: IdParams, body: JointMeetingUpdate, response: { 200: JointMeeting, ...errorResponses } } },
    async (request) => {
      const r = await changeMeeting(app, requireActor(request), request.params.id, request.body)
      await request.audit({ ...audit(r.after), action: 'update', before: r.before, after: r.after })
      return r.after
    },
  )

  app.delete(
    '/joint-meetings/:id',
    { schema: { tags, security, summary: 'Delete a meeting with its attendance and problems', params: IdParams, response: { 204: { type: 'null' }, ...errorResponses } } },
    async (request, reply) => {
      const before = await removeMeeting(app, requireActor(request), request.params.id)
      await request.audit({ ...audit(before), action: 'delete', before })
      return reply.status(204).send()
    },
  )

  app.post(
    '/joint-meetings/:id/problems',
    { schema: { tags, security, summary: 'Record a problem raised at the meeting', params: IdParams, body: ProblemCreate, response: { 201: JointMeeting, ...errorResponses } } },
    async (request, reply) => {
      const after = await raiseProblem(app, requireActor(request), request.params.id, request.body.description)
      await request.audit({ ...audit(after), action: 'raise_problem', after: after.problems.at(-1) })
      return reply.status(201).send(after)
    },
  )

  app.post(
    '/joint-meetings/:id/problems/:problemId/actions',
    { schema: { tags, security, summary: 'Assign a problem to a unit or center, or mark it solved (409 invalid_transition when its status does not allow it)', params: MeetingProblemParams, body: ProblemAction, response: { 200: JointMeeting, ...errorResponses } } },
    async (request) => {
      const r = await moveProblem(app, requireActor(request), request.params.id, request.params.problemId, request.body)
      await request.audit({ ...audit(r.after), action: `${request.body.action}_problem`, before: r.before, after: r.after.problems.find((p) => p.id === r.before.id) })
      return r.after
    },
  )
}
