// The push baseline: plain Socket.IO on node:http (optionally over the same Redis adapter the API
// uses). Watching a center joins its room without any check; POST /emit broadcasts the same
// payload the API sends, so the difference is what the API does around the broadcast.
import { createServer } from 'node:http'
import { createAdapter } from '@socket.io/redis-adapter'
import { Redis } from 'ioredis'
import { Server } from 'socket.io'
import { tell } from '../lib/child'

const server = createServer((req, res) => {
  const centerId = new URL(req.url ?? '/', 'http://x').searchParams.get('centerId')
  if (req.method !== 'POST' || !centerId) return void res.writeHead(404).end()
  req.resume().on('end', () => {
    io.to(`center:${centerId}`).emit('center:changed', { centerId, what: 'rooms' })
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}')
  })
})
const io = new Server(server, { serveClient: false })
const redisUrl = process.env.REDIS_URL
const redis = redisUrl ? new Redis(redisUrl) : undefined
if (redis) io.adapter(createAdapter(redis, redis.duplicate()))
io.on('connection', (socket) => {
  socket.on('center:watch', async (centerId: string, ack: (ok: boolean) => void) => {
    await socket.join(`center:${centerId}`)
    ack(true)
  })
})
server.listen(0, '127.0.0.1', () => tell({ type: 'ready', port: (server.address() as { port: number }).port }))
process.on('SIGTERM', () => {
  io.close()
  redis?.disconnect()
  process.exit(0)
})
