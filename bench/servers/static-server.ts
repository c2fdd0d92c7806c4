// The schedule baseline: a bare Fastify server answering with the API's own response, precomputed
// (same body bytes, same ETag), so what remains of the difference is the API's work per request.
import { readFileSync } from 'node:fs'
import Fastify from 'fastify'
import { tell } from '../lib/child'

const body = readFileSync(process.env.BODY_FILE!)
const etag = process.env.ETAG!
const app = Fastify({ logger: false })
app.get('/api/centers/:id/schedule', (request, reply) => {
  reply.header('etag', etag).header('cache-control', 'no-cache')
  if (request.headers['if-none-match'] === etag) return reply.status(304).send()
  return reply.type('application/json; charset=utf-8').send(body)
})
await app.listen({ port: 0, host: '127.0.0.1' })
tell({ type: 'ready', port: (app.server.address() as { port: number }).port })
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)))
