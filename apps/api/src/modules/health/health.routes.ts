import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { sql } from 'kysely'
import { ErrorBody, Health, Ready } from '@linli/contracts'

export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/healthz', { schema: { tags: ['health'], summary: 'The process is up', response: { 200: Health } } }, async () => ({
    status: 'ok' as const,
  }))

  app.get(
    '/readyz',
    { schema: { tags: ['health'], summary: 'The database answers', response: { 200: Ready, 503: ErrorBody } } },
    async (_request, reply) => {
      try {
        await sql`select 1`.execute(app.db)
        return { status: 'ready' as const, database: 'up' as const }
      } catch {
        return reply.status(503).send({ statusCode: 503, code: 'database_unavailable', message: 'The database does not answer' })
      }
    },
  )
}
