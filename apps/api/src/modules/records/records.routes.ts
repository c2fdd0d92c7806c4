import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  ActivityRecord, CenterRecordParams, IdParams, PublicRecord, PublicRecordQuery, RecordCreate, RecordListQuery, RecordPhotoParams,
  RecordUpdate, RecordViewBody, RecordViews, errorResponses, itemsOf,
} from '@linli/contracts'
import { notFound } from '../../plugins/errors'
import { assertCenterAccess } from '../auth/policy'
import { requireActor } from '../auth/session.hook'
import { photoRoutes } from './photo.routes'
import { findCenterZone, findPublishedRecord, findPublishedZone, listCenterRecords, listPhotos, listPublishedRecords } from './records.repository'
import { toPublicRecord, toRecord } from './record-shape'
import {
  createRecord, loadRecord, publishRecord, removePhoto, removeRecord, unpublishRecord, updateRecordFields,
} from './records.service'
import { recordView } from './views'

/**
 * Activity records (活动纪实): staff write a record of what the center did with 1-12 photos and
 * publish it once they confirm the people shown agreed; the lobby screen's 活动风采 and the phone
 * pages show the published ones. Every change is in the audit log.
 */
export const recordsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['records']
  /** What an audit entry of a record change holds besides its entity and action: the record before and after. */
  const entry = (r: { before?: ActivityRecord; after?: ActivityRecord }) => {
    const subject = (r.after ?? r.before)!
    return { entityId: subject.id, centerId: subject.centerId, before: r.before, after: r.after }
  }

  app.get(
    '/centers/:id/records',
    { schema: { tags, summary: "A center's published records, latest first (public: no resident's name or phone)", params: IdParams, querystring: PublicRecordQuery, response: { 200: itemsOf(PublicRecord), ...errorResponses } } },
    async (request) => {
      if (!(await findCenterZone(app.db, request.params.id))) throw notFound('Center')
      const rows = await listPublishedRecords(app.db, request.params.id, request.query.limit ?? 20)
      const photos = await listPhotos(app.db, rows.map((r) => r.id))
      return { items: rows.map((r) => toPublicRecord(r, photos)) }
    },
  )

  app.get(
    '/centers/:id/records/:recordId',
    { schema: { tags, summary: 'One published record of the center (public)', params: CenterRecordParams, response: { 200: PublicRecord, ...errorResponses } } },
    async (request) => {
      const row = await findPublishedRecord(app.db, request.params.id, request.params.recordId)
      if (!row) throw notFound('Record')
      return toPublicRecord(row, await listPhotos(app.db, [row.id]))
    },
  )

  app.post(
    '/records/:id/views',
    {
      config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: { tags, summary: 'Count a view of a published record: once per resident or device per day; who viewed is never stored', params: IdParams, body: RecordViewBody, response: { 200: RecordViews, ...errorResponses } },
    },
    async (request) => {
      const row = await loadPublic(request.params.id)
      const viewer = request.residentId ? `resident:${request.residentId}`
        : request.body.deviceId ? `device:${request.body.deviceId}` : `address:${request.ip} ${request.headers['user-agent'] ?? ''}`
      return recordView(app, row.id, row.time_zone, viewer)
    },
  )

  async function loadPublic(id: string) {
    const row = await findPublishedZone(app.db, id)
    if (!row) throw notFound('Record')
    return row
  }

  app.get(
    '/records',
    { schema: { tags, summary: "A center's records in every status for its staff, latest change first", querystring: RecordListQuery, response: { 200: itemsOf(ActivityRecord), ...errorResponses } } },
    async (request) => {
      await assertCenterAccess(app.db, requireActor(request), request.query.centerId, 'view_internal')
      const rows = await listCenterRecords(app.db, request.query.centerId, request.query.status)
      const photos = await listPhotos(app.db, rows.map((r) => r.id))
      return { items: rows.map((r) => toRecord(r, photos)) }
    },
  )

  app.post(
    '/centers/:id/records',
    { schema: { tags, summary: 'Start a record as a draft (photos are added with POST /records/:id/photos)', params: IdParams, body: RecordCreate, response: { 201: ActivityRecord, ...errorResponses } } },
    async (request, reply) => {
      const after = await createRecord(app, requireActor(request), request.params.id, request.body)
      await request.audit({ entity: 'activity_record', action: 'create', ...entry({ after }) })
      return reply.status(201).send(after)
    },
  )

  app.get(
    '/records/:id',
    { schema: { tags, summary: 'One record in any status (staff)', params: IdParams, response: { 200: ActivityRecord, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request)
      const record = await loadRecord(app.db, request.params.id)
      if (!record) throw notFound('Record')
      await assertCenterAccess(app.db, actor, record.centerId, 'view_internal')
      return record
    },
  )

  app.patch(
    '/records/:id',
    { schema: { tags, summary: 'Edit a record; `consent: true` records who confirmed it and when', params: IdParams, body: RecordUpdate, response: { 200: ActivityRecord, ...errorResponses } } },
    async (request) => {
      const r = await updateRecordFields(app, requireActor(request), request.params.id, request.body)
      await request.audit({ entity: 'activity_record', action: 'update', ...entry(r) })
      return r.after!
    },
  )

  app.post(
    '/records/:id/publish',
    { schema: { tags, summary: 'Publish a record with 1-12 photos and consent confirmed: it reaches the lobby screens and phones', params: IdParams, response: { 200: ActivityRecord, ...errorResponses } } },
    async (request) => {
      const r = await publishRecord(app, requireActor(request), request.params.id)
      await request.audit({ entity: 'activity_record', action: 'publish', ...entry(r) })
      return r.after!
    },
  )

  app.post(
    '/records/:id/unpublish',
    { schema: { tags, summary: 'Take a published record off the screens and phones (its photos stop being public)', params: IdParams, response: { 200: ActivityRecord, ...errorResponses } } },
    async (request) => {
      const r = await unpublishRecord(app, requireActor(request), request.params.id)
      await request.audit({ entity: 'activity_record', action: 'unpublish', ...entry(r) })
      return r.after!
    },
  )

  app.delete(
    '/records/:id',
    { schema: { tags, summary: 'Delete a draft or unpublished record with its photos', params: IdParams, response: { 204: { type: 'null' }, ...errorResponses } } },
    async (request, reply) => {
      const before = await removeRecord(app, requireActor(request), request.params.id)
      await request.audit({ entity: 'activity_record', action: 'delete', ...entry({ before }) })
      return reply.status(204).send()
    },
  )

  app.delete(
    '/records/:id/photos/:photoId',
    { schema: { tags, summary: 'Remove one photo (a published record keeps at least one)', params: RecordPhotoParams, response: { 200: ActivityRecord, ...errorResponses } } },
    async (request) => {
      const r = await removePhoto(app, requireActor(request), request.params.id, request.params.photoId)
      await request.audit({ entity: 'activity_record', action: 'remove_photo', ...entry(r) })
      return r.after!
    },
  )

  await app.register(photoRoutes)
}
