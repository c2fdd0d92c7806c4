// The schedule baseline: a bare Fastify server answering with the API's own response, precomputed
// (same body bytes, same ETag), so what remains of the difference is the API's work per request.
import { readFileSync } from 'node:fs'
import Fastify from 'fastify'
import { tell } from '../lib/child'

const body = readFileSync(process.env.BODY_FILE!)
const etag = process.env.ETAG!
// The API's own brotli bytes of the same body, for browsers that ask for them (goal 1: cached reads compressed at no cost).
const brotli = process.env.BODY_BR_FILE ? readFileSync(process.env.BODY_BR_FILE) : undefined
const app = Fastify({ logger: false })
app.get('/api/centers/:id/schedule', (request, reply) => {
  reply.header('etag', etag).header('cache-control', 'no-cache')
  if (request.headers['if-none-match'] === etag) return reply.status(304).send()
  reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding')
  if (brotli && /\bbr\b/.test(request.headers['accept-encoding'] ?? '')) return reply.header('content-encoding', 'br').send(brotli)
  return reply.send(body)
})
await app.listen({ port: 0, host: '127.0.0.1' })
tell({ type: 'ready', port: (app.server.address() as { port: number }).port })
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)))
