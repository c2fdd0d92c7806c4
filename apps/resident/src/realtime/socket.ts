import { io, type Socket } from 'socket.io-client'
import type { ClientToServerEvents, NotificationHint, ServerToClientEvents } from '@linli/contracts'

export type ResidentSocket = Socket<ServerToClientEvents, ClientToServerEvents>

/** What a signed-in resident's pages hear: the socket (re)connected (re-read), or a new notification. */
export interface ResidentHandlers {
  connected?: () => void
  notification?: (hint: NotificationHint) => void
}

let socket: ResidentSocket | undefined
const residents = new Set<ResidentHandlers>()
/** The resident the socket last connected for; the server reads the session cookie only at the handshake. */
let connectedFor: string | undefined

/** The one Socket.IO client of this app, created on first use; handlers are dispatched from here. */
function getSocket(): ResidentSocket {
  if (socket) return socket
  const s: ResidentSocket = io({ path: '/socket.io', transports: ['websocket', 'polling'], reconnectionDelayMax: 30_000, autoConnect: false })
  s.on('connect', () => [...residents].forEach((h) => h.connected?.()))
  s.on('notification:new', (hint) => [...residents].forEach((h) => h.notification?.(hint)))
  socket = s
  return s
}

/**
 * Listens to the signed-in resident's notifications until the returned function is called. A socket
 * opened before they signed in (or for someone else) connects again, so its handshake carries their cookie.
 */
export function onResidentEvents(residentId: string, handlers: ResidentHandlers): () => void {
  residents.add(handlers)
  const s = getSocket()
  if (s.active && connectedFor !== residentId) s.disconnect()
  connectedFor = residentId
  if (!s.active) s.connect()
  return () => {
    if (!residents.delete(handlers) || residents.size) return
    // Signed out (or the pages closed): leave the resident's room, which only a new handshake does.
    connectedFor = undefined
    socket?.disconnect()
  }
}

// A phone whose network comes back should not wait out the rest of a 30 s backoff.
globalThis.addEventListener?.('online', () => {
  if (socket && !socket.connected && residents.size) {
    socket.disconnect()
    socket.connect()
  }
})
