import multipart from '@fastify/multipart'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { AgreementCreate, AgreementUpdate, CoBuildingAgreement, IdParams, MAX_AGREEMENT_ATTACHMENT_BYTES, errorResponses } from '@linli/contracts'
import { AppError, badRequest, notFound } from '../../plugins/errors'
import type { AuditRecord } from '../audit/audit.hook'
import { requireActor } from '../auth/session.hook'
import { photoStore } from '../records/photo-store'
import { agreementFor, attach, changeAgreement, createAgreement, detach, removeAgreement } from './agreements.service'
import { attachmentKey } from './attachment-file'

const limitErrors: Record<string, () => AppError> = {
  FST_REQ_FILE_TOO_LARGE: () => new AppError(413, 'attachment_too_large',
    `附件不能超过 ${MAX_AGREEMENT_ATTACHMENT_BYTES / 1024 / 1024} MB (at most ${MAX_AGREEMENT_ATTACHMENT_BYTES / 1024 / 1024} MB); nothing was saved`, [{ path: 'body/file', message: 'file too large' }]),
  FST_FILES_LIMIT: () => badRequest('attachment_one_file', '一次只能上传一个附件 (one file at a time); nothing was saved'),
  FST_PARTS_LIMIT: () => badRequest('attachment_one_file', '一次只能上传一个附件 (one file at a time); nothing was saved'),
  FST_FIELDS_LIMIT: () => badRequest('attachment_file_only', '只发送文件 (send only the file); nothing was saved'),
  FST_INVALID_MULTIPART_CONTENT_TYPE: () => badRequest('attachment_required', '请以 multipart/form-data 上传附件 (send the file as multipart/form-data); nothing was saved'),
}

/** Agreements (共建协议) and their one attachment (a PDF, or a JPEG/PNG photo with its EXIF stripped). */
export const agreementRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['co-building']
  const security = [{ session: [] }]
  await app.register(multipart, { limits: { fileSize: MAX_AGREEMENT_ATTACHMENT_BYTES, files: 1, parts: 1, fields: 0 }, throwFileSizeLimit: true })
  const audit = (request: { audit: (r: AuditRecord) => Promise<void> }, action: string, r: { before?: CoBuildingAgreement; after?: CoBuildingAgreement }) => {
    const subject = (r.after ?? r.before)!
    return request.audit({ entity: 'co_building_agreement', entityId: subject.id, action, centerId: subject.partner.kind === 'center' ? subject.partner.id : null, ...r })
  }

  app.post(
    '/co-building/units/:id/agreements',
    { schema: { tags, security, summary: 'Record an agreement with one of the unit\'s partner centers (its manager) or regions (district administrators)', params: IdParams, body: AgreementCreate, response: { 201: CoBuildingAgreement, ...errorResponses } } },
    async (request, reply) => {
      const after = await createAgreement(app, requireActor(request), request.params.id, request.body)
      await audit(request, 'create', { after })
      return reply.status(201).send(after)
    },
  )

  app.get(
    '/co-building/agreements/:id',
    { schema: { tags, security, summary: 'One agreement', params: IdParams, response: { 200: CoBuildingAgreement, ...errorResponses } } },
    async (request) => agreementFor(app, requireActor(request), request.params.id, 'read'),
  )

  app.patch(
    '/co-building/agreements/:id',
    { schema: { tags, security, summary: 'Change an agreement (the end date is never before the start)', params: IdParams, body: AgreementUpdate, response: { 200: CoBuildingAgreement, ...errorResponses } } },
    async (request) => {
      const r = await changeAgreement(app, requireActor(request), request.params.id, request.body)
      await audit(request, 'update', r)
      return r.after
    },
  )

  app.delete(
    '/co-building/agreements/:id',
    { schema: { tags, security, summary: 'Delete an agreement with its attachment', params: IdParams, response: { 204: { type: 'null' }, ...errorResponses } } },
    async (request, reply) => {
      const before = await removeAgreement(app, requireActor(request), request.params.id)
      await audit(request, 'delete', { before })
      return reply.status(204).send()
    },
  )

  app.put(
    '/co-building/agreements/:id/attachment',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags, security, consumes: ['multipart/form-data'],
        summary: `Attach the signed agreement (one file, multipart field "file"): PDF, JPEG or PNG up to ${MAX_AGREEMENT_ATTACHMENT_BYTES / 1024 / 1024} MB, judged by its bytes`,
        params: IdParams, response: { 200: CoBuildingAgreement, 413: errorResponses[400], ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request)
      await agreementFor(app, actor, request.params.id, 'write')
      let upload: { name: string; bytes: Buffer } | undefined
      try {
        for await (const part of request.files()) upload = { name: part.filename || 'attachment', bytes: await part.toBuffer() }
      } catch (err) {
        const known = limitErrors[(err as { code?: string }).code ?? '']
        throw known ? known() : err
      }
      if (!upload) throw badRequest('attachment_required', '请选择要上传的文件 (choose a file); nothing was saved')
      const r = await attach(app, actor, request.params.id, upload)
      await audit(request, 'attach', r)
      return r.after
    },
  )

  app.delete(
    '/co-building/agreements/:id/attachment',
    { schema: { tags, security, summary: "Remove an agreement's attachment", params: IdParams, response: { 200: CoBuildingAgreement, ...errorResponses } } },
    async (request) => {
      const r = await detach(app, requireActor(request), request.params.id)
      await audit(request, 'detach', r)
      return r.after
    },
  )

  app.get(
    '/co-building/agreements/:id/attachment',
    {
      schema: {
        tags, security, summary: "The agreement's attachment as uploaded (a photo without its EXIF)", params: IdParams,
        produces: ['application/pdf', 'image/jpeg', 'image/png'],
        response: { 200: Type.Unsafe<Buffer>({ type: 'string', description: 'the file' }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const agreement = await agreementFor(app, requireActor(request), request.params.id, 'read')
      const file = agreement.attachment && await photoStore(app.config).get(app.db, attachmentKey(agreement.id))
      if (!agreement.attachment || !file) throw notFound('Attachment')
      return reply.type(file.contentType).header('x-content-type-options', 'nosniff').header('cache-control', 'private, no-store')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(agreement.attachment.name)}`).send(file.bytes)
    },
  )
}
