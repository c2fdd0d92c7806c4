import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ErrorBody, IdParams, ImportPreview, ImportTemplateParams, ImportTemplateQuery, ImportUploadParams, errorResponses } from '@linli/contracts'
import { badRequest } from '../../plugins/errors'
import { requireActor } from '../auth/session.hook'
import { sendTable, sendWorkbook } from '../reports/download'
import { authorizeImport, commitImport, findPreview, importerFor, previewImport, previewWorkbookImport } from './engine'
import { templateTable } from './template'
import { Upload, registerUploadBody } from './upload-body'
import { WORKBOOK_SHEETS, WORKBOOK_TITLE, workbookTemplate } from './workbook-sheets'
import { WORKBOOK_KIND, authorizeWorkbook } from './workbook.engine'

const uploadErrors = { ...errorResponses, 410: ErrorBody, 413: ErrorBody, 415: ErrorBody }

/** Spreadsheet imports: a template to fill, an upload answered with a preview, and the commit of that preview. */
export const importsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['imports']
  const security = [{ session: [] }]
  registerUploadBody(app)
  // A file is read and checked whole; a person uploads a few a minute, a script should not do hundreds.
  const uploadLimit = { max: 20, timeWindow: '1 minute' }

  app.get(
    '/imports/templates/:kind',
    { schema: { tags, security, summary: 'The template of an import kind: Chinese headers and one example row (XLSX or CSV)', params: ImportTemplateParams, querystring: ImportTemplateQuery, response: errorResponses } },
    async (request, reply) => {
      requireActor(request)
      const { kind } = request.params
      if (kind === WORKBOOK_KIND) {
        if (request.query.format === 'csv') throw badRequest('import_workbook_only', `${WORKBOOK_TITLE}是多个工作表的 Excel 工作簿，只有 .xlsx 模板`)
        return sendWorkbook(reply, workbookTemplate(), { ascii: `linli-import-${kind}`, full: `导入模板-${WORKBOOK_TITLE}` })
      }
      const importer = importerFor(kind, 'any')
      return sendTable(reply, templateTable(importer), request.query.format ?? 'xlsx', { ascii: `linli-import-${kind}`, full: `导入模板-${importer.title}` })
    },
  )

  for (const scope of ['center', 'region'] as const) {
    app.post(
      `/${scope === 'center' ? 'centers' : 'regions'}/:id/imports/:kind`,
      {
        config: { rateLimit: uploadLimit },
        schema: {
          tags, security, params: ImportUploadParams, response: { 201: ImportPreview, ...uploadErrors },
          summary: `Upload a filled template (the file as the request body, XLSX or CSV, at most 10 MB and 20,000 rows) into a ${scope}: every row is checked and nothing is written until the preview is committed`,
        },
      },
      async (request, reply) => {
        const actor = requireActor(request)
        const ids = scope === 'center' ? { centerId: request.params.id, regionId: null } : { centerId: null, regionId: request.params.id }
        if (scope === 'center' && request.params.kind === WORKBOOK_KIND) {
          await authorizeWorkbook(app.db, actor, ids.centerId!)
          if (!(request.body instanceof Upload)) throw badRequest('import_empty', '请把 .xlsx 工作簿作为请求正文上传')
          return reply.status(201).send(await previewWorkbookImport(app.db, request.body.bytes, { actor, ...ids, now: app.clock() }))
        }
        const importer = importerFor(request.params.kind, scope)
        await authorizeImport(app.db, actor, importer, ids)
        if (!(request.body instanceof Upload)) throw badRequest('import_empty', '请把 .xlsx 或 .csv 文件作为请求正文上传')
        const preview = await previewImport(app.db, importer, request.body.bytes, { actor, ...ids, now: app.clock() })
        return reply.status(201).send(preview)
      },
    )
  }

  app.get(
    '/imports/:id',
    { schema: { tags, security, summary: 'A preview you uploaded, as it was answered (or as committed)', params: IdParams, response: { 200: ImportPreview, ...uploadErrors } } },
    async (request) => findPreview(app.db, requireActor(request), request.params.id),
  )

  app.post(
    '/imports/:id/commit',
    { schema: { tags, security, summary: 'Write a previewed batch: every row in one transaction, or none (409 when a row no longer passes)', params: IdParams, response: { 200: ImportPreview, ...uploadErrors } } },
    async (request) => {
      const actor = requireActor(request)
      const { preview, batch } = await commitImport(app.db, actor, request.params.id, app.clock())
      const { created, updated, unchanged } = preview.summary
      await request.audit({ entity: 'import', entityId: batch.id, action: 'import', centerId: batch.center_id, after: { kind: batch.kind, regionId: batch.region_id, created, updated, unchanged } })
      const written = batch.kind === WORKBOOK_KIND
        ? WORKBOOK_SHEETS.filter((i) => preview.sheets?.some((s) => s.kind === i.kind))
        : [importerFor(batch.kind, batch.center_id ? 'center' : 'region')]
      for (const what of new Set(written.flatMap((i) => (i.publishes ? [i.publishes] : [])))) if (batch.center_id) app.realtime.centerChanged(batch.center_id, what)
      return preview
    },
  )
}
