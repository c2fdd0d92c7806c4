import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { sql } from 'kysely'
import { ErrorBody, Health, Ready } from '@linli/contracts'
import { sendDatabaseUnavailable } from '../../plugins/errors'
import { outboxBacklog } from '../notifications/deliveries.repository'

/** A probe waits no longer than this: a frozen database must turn the instance unready, not hang the probe. */
const READY_WITHIN_MS = 2_000

export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/healthz', { schema: { tags: ['health'], summary: 'The process is up', response: { 200: Health } } }, async () => ({
    status: 'ok' as const,
  }))

  app.get(
    '/readyz',
    { schema: { tags: ['health'], summary: 'The database answers within 2 s; with the notification outbox backlog and its oldest age', response: { 200: Ready, 503: ErrorBody } } },
    async (_request, reply) => {
      let timer: NodeJS.Timeout | undefined
      const answered = await Promise.race([
        sql`select 1`.execute(app.db).then(() => outboxBacklog(app.db, app.clock()), () => false as const),
        new Promise<false>((resolve) => (timer = setTimeout(resolve, READY_WITHIN_MS, false))),
      ])
      clearTimeout(timer)
      if (!answered) return sendDatabaseUnavailable(reply)
      // A backlog that grows, or an oldest notice that ages, is a worker that stopped: monitoring reads it here.
      const { backlog, oldestUndeliveredSeconds } = answered
      return { status: 'ready' as const, database: 'up' as const, notifications: { backlog, oldestUndeliveredSeconds } }
    },
  )
}
