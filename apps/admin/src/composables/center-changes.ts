import { onScopeDispose, watch } from 'vue'
import { type Socket, io } from 'socket.io-client'
import type { CenterChange, ClientToServerEvents, ServerToClientEvents } from '@linli/contracts'

/*
 * The admin's one Socket.IO client. Pages follow a center's room and treat each push as a hint
 * to re-read; a (re)connect is a hint too, since pushes sent while disconnected are lost. Bookings
 * (a resident's request announces itself as a 'schedule' change) and proposals (the 居民提议 count)
 * listen to it.
 */
export type CenterHint = 'connect' | CenterChange

type AdminSocket = Socket<ServerToClientEvents, ClientToServerEvents>
interface Follower { centerId: string; onHint: (hint: CenterHint) => void }

let socket: AdminSocket | undefined
const followers = new Set<Follower>()
const watchCenter = (s: AdminSocket, centerId: string) => s.emit('center:watch', centerId, () => {})

function getSocket(): AdminSocket {
  if (socket) return socket
  const s: AdminSocket = io({ path: '/socket.io', transports: ['websocket', 'polling'], reconnectionDelayMax: 30_000, autoConnect: false })
  s.on('connect', () => {
    for (const id of new Set([...followers].map((f) => f.centerId))) watchCenter(s, id)
    for (const f of [...followers]) f.onHint('connect')
  })
  s.on('center:changed', ({ centerId, what }) => {
    for (const f of [...followers]) if (f.centerId === centerId) f.onHint(what)
  })
  socket = s
  return s
}

/** Follows one center's changes until the returned function is called; the socket closes when nobody follows. */
export function followCenter(centerId: string, onHint: (hint: CenterHint) => void): () => void {
  const follower = { centerId, onHint }
  followers.add(follower)
  const s = getSocket()
  // Not active before the first connect or after the last follower left; once connected, join the room now.
  if (!s.active) s.connect()
  else if (s.connected) watchCenter(s, centerId)
  return () => {
    if (!followers.delete(follower)) return
    if (!followers.size) s.disconnect()
    else if (s.connected && ![...followers].some((f) => f.centerId === centerId)) s.emit('center:unwatch', centerId)
  }
}

/** Follows whichever center `centerId` names for as long as the calling component lives. */
export function useCenterChanges(centerId: () => string | null | undefined, onHint: (hint: CenterHint) => void) {
  let stop: (() => void) | undefined
  watch(centerId, (id) => {
    stop?.()
    stop = id ? followCenter(id, onHint) : undefined
  }, { immediate: true })
  onScopeDispose(() => stop?.())
}
