import { type Socket, io } from 'socket.io-client'
import { afterEach, describe, expect, it } from 'vitest'
import type { ClientToServerEvents, ServerToClientEvents } from '@linli/contracts'
import { newWorld } from './support/factories'
import { useTestApp } from './support/test-app'

type Client = Socket<ServerToClientEvents, ClientToServerEvents>

describe('realtime pushes over a real Socket.IO connection', () => {
  const ctx = useTestApp({ listen: true })
  const clients: Client[] = []
  afterEach(() => clients.splice(0).forEach((c) => c.disconnect()))

  async function watch(centerId: string) {
    const address = ctx.app.server.address()
    const port = typeof address === 'object' && address ? address.port : 0
    const client: Client = io(`http://127.0.0.1:${port}`, { path: '/socket.io', transports: ['websocket'] })
    clients.push(client)
    const ok = await client.timeout(5000).emitWithAck('center:watch', centerId)
    return { client, ok }
  }

  it("tells a center's watchers when its rooms change, and nobody else", async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const a = await watch(w.centerA)
    const b = await watch(w.centerB)
    expect(a.ok).toBe(true)
    const seenByB: unknown[] = []
    b.client.on('center:changed', (p) => seenByB.push(p))
    const received = new Promise((resolve) => a.client.once('center:changed', resolve))
    const res = await ctx.app.inject({
      method: 'POST', url: `/api/centers/${w.centerA}/rooms`, headers: { cookie: w.as.staff },
      payload: { name: '书吧', kind: 'book_bar', capacity: 30, floor: 1, access: 'open' },
    })
    expect(res.statusCode).toBe(201)
    expect(await received).toEqual({ centerId: w.centerA, what: 'rooms' })
    // A round trip on B after the push proves B had its chance to receive it.
    await watch(w.centerB)
    expect(seenByB).toEqual([])
  })

  it('tells lobby screens when the volunteer leaderboard may have changed', async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const a = await watch(w.centerA)
    const received = new Promise((resolve) => a.client.once('center:changed', resolve))
    const res = await ctx.app.inject({ method: 'PATCH', url: `/api/centers/${w.centerA}/participation-policy`, headers: { cookie: w.as.manager }, payload: { kioskLeaderboard: true } })
    expect(res.statusCode).toBe(200)
    expect(await received).toEqual({ centerId: w.centerA, what: 'participation' })
  })

  it('refuses to watch a center that does not exist', async () => {
    expect((await watch('00000000-0000-4000-8000-000000000000')).ok).toBe(false)
    expect((await watch('not-an-id')).ok).toBe(false)
  })
})
