import { type Socket, io } from 'socket.io-client'
import { afterEach, describe, expect, it } from 'vitest'
import type { ClientToServerEvents, ServerToClientEvents } from '@linli/contracts'
import { newWorld } from './support/factories'
import { useTestApp } from './support/test-app'

type Client = Socket<ServerToClientEvents, ClientToServerEvents>

/** A screen or page that watches its center by an upper-case id hears its changes like any other. */
describe('watching a center by an id in upper case', () => {
  const ctx = useTestApp({ listen: true })
  const clients: Client[] = []
  afterEach(() => clients.splice(0).forEach((c) => c.disconnect()))

  it('receives the center\'s pushes', async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const address = ctx.app.server.address()
    const port = typeof address === 'object' && address ? address.port : 0
    const client: Client = io(`http://127.0.0.1:${port}`, { path: '/socket.io', transports: ['websocket'] })
    clients.push(client)
    expect(await client.timeout(5000).emitWithAck('center:watch', w.centerA.toUpperCase())).toBe(true)
    const received = new Promise((resolve) => client.once('center:changed', resolve))
    const res = await ctx.app.inject({
      method: 'POST', url: `/api/centers/${w.centerA}/rooms`, headers: { cookie: w.as.staff },
      payload: { name: '书吧', kind: 'book_bar', capacity: 30, floor: 1, access: 'open' },
    })
    expect(res.statusCode).toBe(201)
    expect(await received).toEqual({ centerId: w.centerA, what: 'rooms' })
  })
})
