import multipart from '@fastify/multipart'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { ActivityRecord, IdParams, MAX_PHOTO_BYTES, MAX_RECORD_PHOTOS, PhotoParams, errorResponses } from '@linli/contracts'
import { AppError, badRequest, notFound } from '../../plugins/errors'
import { assertCenterAccess } from '../auth/policy'
import { requireActor } from '../auth/session.hook'
import { CONTENT_TYPES, type PhotoFormat } from './photo-processing'
import { photoKey, photoStore } from './photo-store'
import { findPhotoOwner } from './records.repository'
import { type Upload, addPhotos, assertCanAddPhotos, tooManyPhotos } from './records.service'

const limitErrors: Record<string, () => AppError> = {
  FST_REQ_FILE_TOO_LARGE: () => new AppError(413, 'photo_too_large',
    `A photo may be at most ${MAX_PHOTO_BYTES / 1024 / 1024} MB; nothing was saved`, [{ path: 'body/photos', message: 'file too large' }]),
  FST_FILES_LIMIT: tooManyPhotos,
  FST_PARTS_LIMIT: tooManyPhotos,
  FST_FIELDS_LIMIT: () => badRequest('photos_only', 'Send only photo files; nothing was saved'),
  FST_INVALID_MULTIPART_CONTENT_TYPE: () => badRequest('photos_required', 'Send the photos as multipart/form-data; nothing was saved'),
}

/** Uploading photos (multipart, on this one route) and serving their variants. */
export const photoRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['records']
  // Only this plugin's routes parse multipart; everywhere else the API speaks JSON only.
  await app.register(multipart, {
    limits: { fileSize: MAX_PHOTO_BYTES, files: MAX_RECORD_PHOTOS, parts: MAX_RECORD_PHOTOS, fields: 0 },
    throwFileSizeLimit: true,
  })

  app.post(
    '/records/:id/photos',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags, summary: `Add 1-${MAX_RECORD_PHOTOS} photos (JPEG, PNG or WebP, multipart field "photos"): all are stored or none`, consumes: ['multipart/form-data'],
        params: IdParams, response: { 200: ActivityRecord, 413: errorResponses[400], ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request)
      await assertCanAddPhotos(app, actor, request.params.id)
      const uploads: Upload[] = []
      try {
        for await (const part of request.files()) uploads.push({ name: part.filename || 'photo', bytes: await part.toBuffer() })
      } catch (err) {
        const known = limitErrors[(err as { code?: string }).code ?? '']
        throw known ? known() : err
      }
      const r = await addPhotos(app, actor, request.params.id, uploads)
      await request.audit({ entity: 'activity_record', entityId: r.after!.id, action: 'add_photos', centerId: r.after!.centerId, before: r.before, after: r.after })
      return r.after!
    },
  )

  app.get(
    '/photos/:id/:variant',
    {
      schema: {
        tags, summary: 'A photo at a size (screen 1920, phone 1080, thumb 320 px), WebP when accepted else JPEG; public only while its record is published',
        params: PhotoParams, produces: ['image/webp', 'image/jpeg'],
        response: { 200: Type.Unsafe<Buffer>({ type: 'string', description: 'the image' }), 304: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const owner = await findPhotoOwner(app.db, request.params.id)
      if (!owner) throw notFound('Photo')
      const isPublic = owner.status === 'published'
      // Staff of the center see the photos of drafts; to anyone else they do not exist.
      if (!isPublic) {
        if (!request.actor) throw notFound('Photo')
        await assertCenterAccess(app.db, request.actor, owner.center_id, 'view_internal').catch(() => {
          throw notFound('Photo')
        })
      }
      const format: PhotoFormat = (request.headers.accept ?? '').includes('image/webp') ? 'webp' : 'jpeg'
      const etag = `"${owner.id}-${request.params.variant}-${format}"`
      // A photo's bytes never change (a new photo gets a new id); the short public lifetime is how
      // long a cache may keep showing one after its record is unpublished.
      reply.header('vary', 'Accept').header('etag', etag)
        .header('cache-control', isPublic ? 'public, max-age=300' : 'private, no-cache')
      if (request.headers['if-none-match'] === etag) return reply.status(304).send(null)
      const file = await photoStore(app.config).get(app.db, photoKey(owner.id, request.params.variant, format))
      if (!file) throw notFound('Photo')
      return reply.type(CONTENT_TYPES[format]).header('x-content-type-options', 'nosniff').send(file.bytes)
    },
  )
}
