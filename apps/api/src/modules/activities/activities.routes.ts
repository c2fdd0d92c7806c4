import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import {
  Activity, ActivityCreate, ActivitySplit, ActivityUpdate, ConflictCheck, Id, IdParams, Occurrence, OccurrenceUpdate,
  RangeQuery, errorResponses, itemsOf,
} from '@linli/contracts'
import { notFound } from '../../plugins/errors'
import { assertCenterAccess } from '../auth/policy'
import { requireActor } from '../auth/session.hook'
import { listOccurrencesInRange } from '../schedule/schedule.repository'
import { markClosedDates } from '../closures/booking-guard'
import { resolveRange } from '../schedule/range'
import { findActivityRow, toActivity, toOccurrence } from './activities.repository'
import {
  checkActivity, createActivity, deleteActivity, splitActivity, updateActivity, updateOccurrence,
} from './activities.service'

export const activitiesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['activities']
  const security = [{ session: [] }]

  app.get(
    '/centers/:id/occurrences',
    { schema: { tags, security, summary: 'Occurrences for staff (drafts and cancellations included); dates are local and inclusive, default a week', params: IdParams, querystring: RangeQuery, response: { 200: itemsOf(Occurrence), ...errorResponses } } },
    async (request) => {
      await assertCenterAccess(app.db, requireActor(request), request.params.id, 'view_internal')
      const center = await app.db.selectFrom('centers').select('time_zone').where('id', '=', request.params.id).executeTakeFirstOrThrow()
      const range = resolveRange(request.query, center.time_zone, app.clock(), 7)
      const rows = await listOccurrencesInRange(app.db, { ...request.query, centerId: request.params.id, from: range.fromInstant, to: range.toInstant }, false)
      // Dates on a closed time carry its reason, so the calendar shows them as 闭馆.
      return { items: await markClosedDates(app.db, request.params.id, rows.map(toOccurrence)) }
    },
  )

  app.post(
    '/centers/:id/activities',
    { schema: { tags, security, summary: 'Create a one-off or recurring activity; 409 slot_taken lists conflicts per date', params: IdParams, body: ActivityCreate, response: { 201: Activity, ...errorResponses } } },
    async (request, reply) => {
      const activity = await createActivity(app, requireActor(request), request.params.id, request.body)
      await request.audit({ entity: 'activity', entityId: activity.id, action: 'create', centerId: activity.centerId, after: activity })
      return reply.status(201).send(activity)
    },
  )

  app.post(
    '/centers/:id/activities/check',
    { schema: { tags, security, summary: 'Conflicts an activity would have, without saving (pass activityId when editing)', params: IdParams, querystring: Type.Object({ activityId: Type.Optional(Id) }, { additionalProperties: false }), body: ActivityCreate, response: { 200: ConflictCheck, ...errorResponses } } },
    async (request) => ({ conflicts: await checkActivity(app, requireActor(request), request.params.id, request.body, request.query.activityId) }),
  )

  app.get(
    '/activities/:id',
    { schema: { tags, security, summary: 'One activity (series), staff notes included', params: IdParams, response: { 200: Activity, ...errorResponses } } },
    async (request) => {
      const row = await findActivityRow(app.db, request.params.id)
      if (!row) throw notFound('Activity')
      await assertCenterAccess(app.db, requireActor(request), row.center_id, 'view_internal')
      return toActivity(row)
    },
  )

  app.patch(
    '/activities/:id',
    { schema: { tags, security, summary: 'Edit the whole series (occurrences edited on their own keep their time and room)', params: IdParams, body: ActivityUpdate, response: { 200: Activity, ...errorResponses } } },
    async (request) => {
      const before = await findActivityRow(app.db, request.params.id)
      const activity = await updateActivity(app, requireActor(request), request.params.id, request.body)
      await request.audit({ entity: 'activity', entityId: activity.id, action: 'update', centerId: activity.centerId, before: before && toActivity(before), after: activity })
      return activity
    },
  )

  app.post(
    '/activities/:id/split',
    { schema: { tags, security, summary: 'Edit this and following occurrences: ends the series before one and continues it as a new activity', params: IdParams, body: ActivitySplit, response: { 201: Activity, ...errorResponses } } },
    async (request, reply) => {
      const activity = await splitActivity(app, requireActor(request), request.params.id, request.body)
      await request.audit({ entity: 'activity', entityId: activity.id, action: `split_from:${request.params.id}`, centerId: activity.centerId, after: activity })
      return reply.status(201).send(activity)
    },
  )

  app.delete(
    '/activities/:id',
    { schema: { tags, security, summary: 'Delete an activity and all its occurrences', params: IdParams, response: { 204: Type.Null(), ...errorResponses } } },
    async (request, reply) => {
      const before = await findActivityRow(app.db, request.params.id)
      await deleteActivity(app, requireActor(request), request.params.id)
      await request.audit({ entity: 'activity', entityId: request.params.id, action: 'delete', centerId: before?.center_id, before: before && toActivity(before) })
      return reply.status(204).send(null)
    },
  )

  app.patch(
    '/occurrences/:id',
    { schema: { tags, security, summary: 'Move, re-room or cancel one occurrence', params: IdParams, body: OccurrenceUpdate, response: { 200: Occurrence, ...errorResponses } } },
    async (request) => {
      const occurrence = await updateOccurrence(app, requireActor(request), request.params.id, request.body)
      await request.audit({ entity: 'occurrence', entityId: occurrence.id, action: 'update', centerId: occurrence.centerId, after: occurrence })
      return occurrence
    },
  )
}
