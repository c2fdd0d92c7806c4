import type { PostgresCursor, PostgresPool, PostgresPoolClient } from 'kysely'
import type pg from 'pg'

/**
 * Errors after which the connection is gone even though pg has not noticed yet: its client-side
 * `query_timeout` gave up on a server that does not answer, or the server said FATAL (57P01 when
 * it shuts down or an operator ends the session) and is about to close the socket.
 */
const endsConnection = (e: unknown) =>
  e instanceof Error && (e.message === 'Query read timeout' || ['FATAL', 'PANIC'].includes((e as { severity?: string }).severity ?? ''))

/**
 * Hands Kysely pool clients that can neither crash the process nor keep a dead connection:
 * - pg-pool listens for a client's 'error' only while it is idle, so a connection that dies while a
 *   request holds it (server shut down, network cut) would be an uncaught exception;
 * - a client whose query timed out is still waiting for that query's answer, and one the server
 *   ended may not have seen its socket close yet: either must leave the pool, not serve the next request.
 * A broken client fails its remaining queries at once (Kysely's rollback) and is destroyed on release.
 */
export function guardedPool(pool: pg.Pool): PostgresPool {
  return {
    connect: async () => {
      const client = await pool.connect()
      let broken: Error | undefined
      const onError = (e: Error) => void (broken ??= e)
      client.on('error', onError)
      const run = async (text: string, parameters: readonly unknown[]) => {
        if (broken) throw new Error(`Connection terminated earlier on this client (${broken.message})`, { cause: broken })
        try {
          return await client.query(text, parameters as unknown[])
        } catch (e) {
          if (endsConnection(e)) broken = e as Error
          throw e
        }
      }
      // A cursor (streaming) is handed over as it is: pg returns it synchronously.
      const query = ((textOrCursor: string | PostgresCursor<unknown>, parameters: readonly unknown[] = []) =>
        typeof textOrCursor === 'string' ? run(textOrCursor, parameters) : client.query(textOrCursor as never)) as unknown as PostgresPoolClient['query']
      return {
        query,
        release: () => {
          client.off('error', onError)
          client.release(broken)
        },
      }
    },
    end: () => pool.end(),
  }
}
