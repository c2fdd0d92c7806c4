import { readonly, ref } from 'vue'
import { io, type Socket } from 'socket.io-client'
import type { CenterChange, ClientToServerEvents, ServerToClientEvents } from '@linli/contracts'

export type KioskSocket = Socket<ServerToClientEvents, ClientToServerEvents>

/** Why a screen should re-read: it (re)connected and may have missed pushes, or a push arrived. */
export type RefreshHint = 'connect' | CenterChange

export type ConnectionState = 'connecting' | 'online' | 'offline'

/** What staff can tell one paired screen, plus "the server refused this screen's token". */
export interface ScreenHandlers {
  connected?: () => void
  config?: () => void
  reload?: () => void
  identify?: (payload: { name: string; seconds: number }) => void
  revoked?: () => void
}

interface Follower {
  centerId: string
  onHint: (hint: RefreshHint) => void
}

const state = ref<ConnectionState>('connecting')
/** Whether pushes can arrive now; the offline badge and the retry logic read it. */
export const connection = readonly(state)

let socket: KioskSocket | undefined
let deviceToken: string | undefined
const followers = new Set<Follower>()
const screens = new Set<ScreenHandlers>()

const watch = (s: KioskSocket, centerId: string) =>
  s.emit('center:watch', centerId, (ok) => {
    if (!ok) console.warn(`[realtime] center ${centerId} cannot be watched`)
  })

/** The one Socket.IO client of this app, created on first use; handlers are dispatched from here. */
function getSocket(): KioskSocket {
  if (socket) return socket
  const s: KioskSocket = io({
    path: '/socket.io',
    // A lobby screen stays up for days: try the websocket first, fall back to long polling.
    transports: ['websocket', 'polling'],
    reconnectionDelayMax: 30_000,
    // Read at every handshake, so pairing or forgetting the device applies from the next connect.
    auth: (cb) => cb(deviceToken ? { deviceToken } : {}),
    autoConnect: false,
  })
  s.on('connect', () => {
    state.value = 'online'
    // A paired screen is put in its center's room by the server; watching as well keeps a screen
    // that staff moved to another center following the new one until it reconnects.
    for (const f of [...followers]) {
      watch(s, f.centerId)
      f.onHint('connect')
    }
    for (const h of [...screens]) h.connected?.()
  })
  s.on('disconnect', () => {
    state.value = 'offline'
  })
  s.on('connect_error', (err) => {
    state.value = 'offline'
    if (err.message === 'screen_revoked') for (const h of [...screens]) h.revoked?.()
  })
  s.on('center:changed', ({ centerId, what }) => {
    for (const f of [...followers]) if (f.centerId === centerId) f.onHint(what)
  })
  s.on('screen:config', () => [...screens].forEach((h) => h.config?.()))
  s.on('screen:reload', () => [...screens].forEach((h) => h.reload?.()))
  s.on('screen:identify', (payload) => [...screens].forEach((h) => h.identify?.(payload)))
  s.on('screen:revoked', () => [...screens].forEach((h) => h.revoked?.()))
  socket = s
  return s
}

function ensureConnected() {
  const s = getSocket()
  // `active` is false only before the first connect, after a manual disconnect, or after the
  // server refused the handshake; otherwise Socket.IO is already retrying with its own backoff.
  if (!s.active) s.connect()
}

/** Connects as the paired screen with this token, or as an anonymous viewer without one. */
export function setDeviceToken(token: string | undefined) {
  if (token === deviceToken && socket?.active) return
  deviceToken = token
  if (!socket) return
  socket.disconnect()
  if (token || followers.size) socket.connect()
}

/** Stops talking to the server (a screen being paired has nothing to listen to). */
export function disconnect() {
  socket?.disconnect()
  state.value = 'connecting'
}

/**
 * Follows one center's changes until the returned function is called. Each (re)connect is
 * reported as a hint too: pushes sent while disconnected are lost.
 */
export function followCenter(centerId: string, onHint: (hint: RefreshHint) => void): () => void {
  const follower = { centerId, onHint }
  followers.add(follower)
  ensureConnected()
  if (socket?.connected) watch(socket, centerId)
  return () => {
    if (!followers.delete(follower)) return
    const still = [...followers].some((f) => f.centerId === centerId)
    if (!still && socket?.connected) socket.emit('center:unwatch', centerId)
  }
}

/** Listens to instructions for the paired screen until the returned function is called. */
export function onScreenEvents(handlers: ScreenHandlers): () => void {
  screens.add(handlers)
  ensureConnected()
  return () => void screens.delete(handlers)
}

export function sendHeartbeat(appVersion: string) {
  if (socket?.connected) socket.emit('screen:heartbeat', { appVersion })
}

// A screen whose network comes back should not wait out the rest of a 30 s backoff.
globalThis.addEventListener?.('online', () => {
  if (socket && !socket.connected && (followers.size || screens.size)) {
    socket.disconnect()
    socket.connect()
  }
})
