import { performance } from 'node:perf_hooks'
import { type Socket, io } from 'socket.io-client'
import type { ClientToServerEvents, NotificationHint, ServerToClientEvents } from '@linli/contracts'
import { onCleanup } from './cleanup'

type Client = Socket<ServerToClientEvents, ClientToServerEvents>

export interface Phones {
  count: number
  /**
   * From `t0` (performance.now()), when each phone first shows a hint of `kind`: resolves with the
   * per-phone milliseconds once all have it, or with -1 for the ones that had none within `timeoutMs`.
   */
  expect(kind: NotificationHint['kind'], t0: number, timeoutMs: number): Promise<number[]>
  close(): Promise<void>
}

/**
 * Residents' phone pages left open: one Socket.IO connection each with the resident's session
 * cookie (as the phone page's socket carries it), which puts it in the resident's private room.
 */
export async function connectPhones(baseUrl: string, cookies: string[], centerId: string): Promise<Phones> {
  const clients: Client[] = []
  const close = onCleanup('phone sockets', () => clients.forEach((c) => c.disconnect()))
  let round: { kind: string; t0: number; received: number[]; pending: number; done: () => void } | undefined
  await Promise.all(cookies.map(async (cookie, i) => {
    const client: Client = io(baseUrl, { transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders: { cookie } })
    clients.push(client)
    client.on('notification:new', (hint) => {
      if (!round || hint.kind !== round.kind || round.received[i]! >= 0) return
      round.received[i] = performance.now() - round.t0
      if (--round.pending === 0) round.done()
    })
    await new Promise<void>((resolve, reject) => (client.once('connect', resolve), client.once('connect_error', reject)))
    // A round trip: the connection's handlers (joining the resident's room) have run.
    if (!(await client.timeout(10_000).emitWithAck('center:watch', centerId))) throw new Error(`phone ${i} could not watch the center`)
  }))
  return {
    count: clients.length,
    async expect(kind, t0, timeoutMs) {
      const received = clients.map(() => -1)
      let timer: NodeJS.Timeout | undefined
      await new Promise<void>((resolve) => {
        round = { kind, t0, received, pending: clients.length, done: resolve }
        timer = setTimeout(resolve, timeoutMs)
      })
      clearTimeout(timer)
      round = undefined
      return received
    },
    close,
  }
}
