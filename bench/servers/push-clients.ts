// Many lobby screens in one process, apart from the servers, so client CPU is not billed to them.
// The parent says connect / round / close; a round fires the change itself (one HTTP request) and
// times every client's 'center:changed' on this process's clock, from just before the request.
import { performance } from 'node:perf_hooks'
import { type Socket, io } from 'socket.io-client'
import { tell } from '../lib/child'
import type { Message } from '../lib/processes'

let sockets: Socket[] = []
let round: { t0: number; received: Float64Array; pending: number; done: () => void } | undefined

async function connect(urls: string[], count: number, centerId: string) {
  const started = performance.now()
  const one = async (i: number) => {
    const socket = io(urls[i % urls.length]!, { transports: ['websocket'], forceNew: true, reconnection: false, timeout: 20_000 })
    sockets[i] = socket
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve)
      socket.once('connect_error', reject)
    })
    const ok = await socket.timeout(20_000).emitWithAck('center:watch', centerId)
    if (!ok) throw new Error(`client ${i} could not watch ${centerId}`)
    socket.on('center:changed', () => {
      if (!round || round.received[i]! >= 0) return
      round.received[i] = performance.now() - round.t0
      if (--round.pending === 0) round.done()
    })
  }
  sockets = new Array(count)
  // Screens come up a few at a time, as after a power cut, not all in one burst.
  for (let i = 0; i < count; i += 50) await Promise.all(Array.from({ length: Math.min(50, count - i) }, (_, k) => one(i + k)))
  return performance.now() - started
}

async function fire(trigger: { url: string; method: string; headers: Record<string, string>; body?: string }, timeoutMs: number) {
  const received = new Float64Array(sockets.length).fill(-1)
  let done!: () => void
  const all = new Promise<void>((resolve) => (done = resolve))
  round = { t0: performance.now(), received, pending: sockets.length, done }
  const res = await fetch(trigger.url, { method: trigger.method, headers: trigger.headers, body: trigger.body })
  await res.arrayBuffer()
  const responseMs = performance.now() - round.t0
  let timer: NodeJS.Timeout | undefined
  await Promise.race([all, new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))])
  clearTimeout(timer)
  round = undefined
  const latencies = [...received].filter((x) => x >= 0)
  return { status: res.status, responseMs, latencies, missing: received.length - latencies.length }
}

process.on('message', async (m: Message) => {
  try {
    if (m.type === 'connect') tell({ type: 'connected', ms: await connect(m.urls as string[], m.count as number, m.centerId as string) })
    if (m.type === 'round') tell({ type: 'round', ...(await fire(m.trigger as Parameters<typeof fire>[0], m.timeoutMs as number)) })
    if (m.type === 'close') {
      for (const s of sockets) s.disconnect()
      sockets = []
      tell({ type: 'closed' })
    }
  } catch (err) {
    tell({ type: 'error', message: (err as Error).message })
    process.exit(1)
  }
})
tell({ type: 'ready' })
