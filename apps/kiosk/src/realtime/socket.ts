import { io, type Socket } from 'socket.io-client'
import type { CenterChange, ClientToServerEvents, ServerToClientEvents } from '@linli/contracts'

export type KioskSocket = Socket<ServerToClientEvents, ClientToServerEvents>

/** Why a screen should re-read: it (re)connected and may have missed pushes, or a push arrived. */
export type RefreshHint = 'connect' | CenterChange

let socket: KioskSocket | undefined
/** How many followers each center has: the server's room is left only when the last one stops. */
const followers = new Map<string, number>()

/** The one Socket.IO client of this app, created on first use. */
export function getSocket(): KioskSocket {
  socket ??= io({
    path: '/socket.io',
    // A lobby screen stays up for days: try the websocket first, fall back to long polling.
    transports: ['websocket', 'polling'],
    reconnectionDelayMax: 30_000,
  })
  return socket
}

/**
 * Follows one center's changes until the returned function is called. The server forgets rooms
 * when a connection drops, so the watch is repeated on every (re)connect, and each (re)connect is
 * reported as a hint too: pushes sent while disconnected are lost.
 */
export function followCenter(centerId: string, onHint: (hint: RefreshHint) => void): () => void {
  const s = getSocket()
  const watch = () => {
    s.emit('center:watch', centerId, (ok) => {
      if (!ok) console.warn(`[realtime] center ${centerId} cannot be watched`)
    })
  }
  const onConnect = () => {
    watch()
    onHint('connect')
  }
  const onChanged: ServerToClientEvents['center:changed'] = ({ centerId: changed, what }) => {
    if (changed === centerId) onHint(what)
  }

  s.on('connect', onConnect)
  s.on('center:changed', onChanged)
  followers.set(centerId, (followers.get(centerId) ?? 0) + 1)
  if (s.connected) watch()

  let stopped = false
  return () => {
    if (stopped) return
    stopped = true
    s.off('connect', onConnect)
    s.off('center:changed', onChanged)
    const left = (followers.get(centerId) ?? 1) - 1
    if (left > 0) followers.set(centerId, left)
    else {
      followers.delete(centerId)
      if (s.connected) s.emit('center:unwatch', centerId)
    }
  }
}
