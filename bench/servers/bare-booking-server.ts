// The booking floor over HTTP: a bare Fastify server whose booking route does nothing but the one
// INSERT into a table with the API's exclusion constraint, through a pool of the API's size (10).
// Against it, what remains of the API's cost per booking is Linli's own work: the session, the room's
// rules, closures, quotas under locks, the reservation, the notice.
import Fastify from 'fastify'
import pg from 'pg'
import { localToInstant } from '@linli/schedule'
import { tell } from '../lib/child'

const table = process.env.TABLE!
const timeZone = process.env.TIME_ZONE!
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL!, max: 10 })
const app = Fastify({ logger: false })
app.post<{ Params: { id: string }; Body: { startsLocal: string; endsLocal: string } }>('/api/rooms/:id/bookings', async (request, reply) => {
  const { startsLocal, endsLocal } = request.body
  try {
    const { rows } = await pool.query<{ id: string }>(`insert into ${table} (room_id, during) values ($1, tstzrange($2, $3)) returning id`,
      [request.params.id, localToInstant(startsLocal, timeZone), localToInstant(endsLocal, timeZone)])
    return reply.status(201).send({ id: rows[0]!.id })
  } catch (e) {
    if ((e as { code?: string }).code === '23P01') return reply.status(409).send({ code: 'slot_taken' })
    throw e
  }
})
await app.listen({ port: 0, host: '127.0.0.1' })
tell({ type: 'ready', port: (app.server.address() as { port: number }).port })
process.on('SIGTERM', () => void Promise.all([app.close(), pool.end()]).then(() => process.exit(0)))
