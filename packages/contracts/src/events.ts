import type { NotificationKind } from './notifications'

/**
 * The Socket.IO contract. A push is a hint that something changed: clients re-read
 * over HTTP, so a missed message never leaves a screen wrong.
 */
export type CenterChange = 'center' | 'rooms' | 'schedule' | 'announcements' | 'emergency' | 'participation'
  /** A new people count in an open-access room (lobby cards re-read the board). */
  | 'occupancy'
  /** Residents' proposals of the center: one arrived, was answered, withdrawn or decided (staff's 居民提议 count re-reads). */
  | 'proposals'
  /** Activity records (活动纪实): one was published, unpublished, or a published one changed (the lobby's 活动风采 re-reads). */
  | 'records'

export interface ServerToClientEvents {
  'center:changed': (payload: { centerId: string; what: CenterChange }) => void
  /** To one paired screen: its settings changed (re-read them), or staff asked it to reload or identify itself. */
  'screen:config': (payload: { screenId: string }) => void
  'screen:reload': () => void
  'screen:identify': (payload: { name: string; seconds: number }) => void
  /** The screen was revoked: forget the token and show the pairing code again. */
  'screen:revoked': () => void
  /** To one signed-in resident's sockets only: a new notification in their inbox, and the unread count after it. */
  'notification:new': (payload: NotificationHint) => void
}

export interface NotificationHint {
  id: string
  kind: NotificationKind
  title: string
  body: string
  link: string
  unread: number
}

export interface ClientToServerEvents {
  /** Follow one center's changes; acknowledges with whether the center exists. */
  'center:watch': (centerId: string, ack: (ok: boolean) => void) => void
  'center:unwatch': (centerId: string) => void
  /** A paired screen says it is alive, every 30 s. */
  'screen:heartbeat': (payload: { appVersion: string }) => void
}

/** The Socket.IO handshake of a paired screen: `io({ auth: { deviceToken } })`. */
export interface ScreenHandshake {
  deviceToken?: string
}

export const centerRoom = (centerId: string) => `center:${centerId}`

export const screenRoom = (screenId: string) => `screen:${screenId}`

/** A resident's private room: joined only by sockets whose handshake carries that resident's session cookie. */
export const residentRoom = (residentId: string) => `resident:${residentId}`
