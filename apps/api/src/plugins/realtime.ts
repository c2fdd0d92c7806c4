import { createAdapter } from '@socket.io/redis-adapter'
import type { FastifyInstance } from 'fastify'
import { Redis } from 'ioredis'
import { Server } from 'socket.io'
import {
  type CenterChange, type ClientToServerEvents, RESIDENT_COOKIE, type ScreenHandshake, type ServerToClientEvents, centerRoom, residentRoom, screenRoom,
} from '@linli/contracts'

interface SocketData { screen?: { id: string; centerId: string }; residentId?: string }
/** Between replicas (through the Redis adapter), never to clients. */
interface ServerSideEvents {
  'center:changed': (centerId: string, what: CenterChange) => void
}
export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, ServerSideEvents, SocketData>
export type CenterChangeListener = (centerId: string, what: CenterChange) => void

/** The only way the API pushes to clients; call it after the transaction has committed. */
export interface Realtime {
  io: RealtimeServer
  centerChanged(centerId: string, what: CenterChange): void
  /** Calls `listener` for every change announced to a center, on this replica or (with Redis) any other. */
  onCenterChanged(listener: CenterChangeListener): void
  /** Sends one paired screen an instruction. */
  toScreen(screenId: string): ReturnType<RealtimeServer['to']>
  /** Drops a revoked screen's connections after telling it so. */
  revokeScreen(screenId: string): void
  /** The signed-in resident's own sockets, on every replica; nobody else's. */
  toResident(residentId: string): ReturnType<RealtimeServer['to']>
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export interface RealtimeOptions {
  redisUrl: string | undefined
  centerExists(centerId: string): Promise<boolean>
  /** The paired, unrevoked screen a device token belongs to. */
  authenticateScreen(token: string): Promise<{ id: string; centerId: string } | undefined>
  /** A screen connected: it counts as online from now. */
  screenSeen(screenId: string): Promise<void>
  /** A screen's heartbeat (every 30 s): recorded, not necessarily written at once. */
  screenBeat(screenId: string, appVersion?: string): void
  /** The resident a live session cookie token belongs to. */
  authenticateResident(token: string): Promise<string | undefined>
}

export function registerRealtime(app: FastifyInstance, options: RealtimeOptions): Realtime {
  const io: RealtimeServer = new Server(app.server, {
    path: '/socket.io',
    serveClient: false,
    // Recovery needs an adapter that keeps a log; the Redis pub/sub adapter has none, and clients re-read on reconnect anyway.
    ...(options.redisUrl ? {} : { connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000 } }),
  })

  if (options.redisUrl) {
    const pub = new Redis(options.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 })
    const sub = pub.duplicate()
    for (const client of [pub, sub]) client.on('error', (err) => app.log.warn({ err }, 'redis error'))
    io.adapter(createAdapter(pub, sub))
    app.addHook('onClose', async () => {
      await Promise.allSettled([pub.quit(), sub.quit()])
    })
  }

  // Anyone may follow a center's public schedule; a device token makes the socket a paired screen,
  // and a revoked or unknown token is refused outright.
  io.use(async (socket, next) => {
    const token = (socket.handshake.auth as ScreenHandshake | undefined)?.deviceToken
    if (token === undefined) return next()
    const screen = typeof token === 'string' ? await options.authenticateScreen(token).catch(() => undefined) : undefined
    if (!screen) return next(new Error('screen_revoked'))
    socket.data.screen = screen
    next()
  })

  // A phone page's socket carries the resident's session cookie; it alone may join their private
  // room. The cookie must come from this site (a page elsewhere could open a socket that carries it).
  io.use(async (socket, next) => {
    const header = socket.request.headers.cookie
    const token = !socket.data.screen && header ? app.parseCookie(header)[RESIDENT_COOKIE] : undefined
    if (token && sameSite(app, socket.request.headers)) socket.data.residentId = await options.authenticateResident(token).catch(() => undefined)
    next()
  })

  io.on('connection', (socket) => {
    const screen = socket.data.screen
    if (screen) {
      void socket.join([centerRoom(screen.centerId), screenRoom(screen.id)])
      void options.screenSeen(screen.id).catch(() => {})
      socket.on('screen:heartbeat', (payload) => {
        const version = typeof payload?.appVersion === 'string' ? payload.appVersion : undefined
        options.screenBeat(screen.id, version)
      })
    }
    if (socket.data.residentId) void socket.join(residentRoom(socket.data.residentId))
    // Rooms are named by the lower-case id the API emits to; an id in upper case means the same center.
    socket.on('center:watch', async (centerId, ack) => {
      const ok = typeof centerId === 'string' && UUID.test(centerId) && (await options.centerExists(centerId))
      if (ok) await socket.join(centerRoom(centerId.toLowerCase()))
      if (typeof ack === 'function') ack(ok)
    })
    socket.on('center:unwatch', async (centerId) => {
      if (typeof centerId === 'string') await socket.leave(centerRoom(centerId.toLowerCase()))
    })
  })

  // Drop the transports before Fastify closes the HTTP server, so open websockets do not hold
  // shutdown up. No Socket.IO disconnect packet is sent: clients treat this as a lost connection
  // and reconnect by themselves (to this process after a restart, or to another replica).
  app.addHook('preClose', async () => {
    io.engine.close()
  })
  // socket.io-adapter's recovery log never stops its cleanup interval (its close() is empty), and the
  // interval holds the adapter, so a closed app would stay in memory through the adapter's namespace
  // for the life of the process (one per app a test file builds). The main namespace is the only one.
  app.addHook('onClose', async () => {
    Object.assign(io.sockets.adapter, { nsp: undefined })
  })

  const listeners = new Set<CenterChangeListener>()
  const notify: CenterChangeListener = (centerId, what) => {
    for (const listener of listeners) {
      try {
        listener(centerId, what)
      } catch (err) {
        app.log.error({ err, centerId, what }, 'a center change listener failed')
      }
    }
  }
  io.on('center:changed', notify)

  return {
    io,
    // This replica first, then the others, then the clients. Both messages leave on the one Redis
    // publishing connection and reach every replica in that order, so a replica has dropped what it
    // cached before its screens hear of the change and re-read.
    centerChanged: (centerId, what) => {
      notify(centerId, what)
      if (options.redisUrl) io.serverSideEmit('center:changed', centerId, what)
      io.to(centerRoom(centerId)).emit('center:changed', { centerId, what })
    },
    onCenterChanged: (listener) => void listeners.add(listener),
    toScreen: (screenId) => io.to(screenRoom(screenId)),
    revokeScreen: (screenId) => {
      io.to(screenRoom(screenId)).emit('screen:revoked')
      io.in(screenRoom(screenId)).disconnectSockets(true)
    },
    toResident: (residentId) => io.to(residentRoom(residentId)),
  }
}

/** No Origin (a native client), or one naming the host the socket connected to (as the HTTP write check reads it). */
function sameSite(app: FastifyInstance, headers: Record<string, string | string[] | undefined>) {
  const origin = headers.origin
  if (origin === undefined) return true
  const site = app.config.trustProxy ? (headers['x-forwarded-host'] ?? headers.host) : headers.host
  try {
    return typeof origin === 'string' && new URL(origin).host === site
  } catch {
    return false
  }
}
