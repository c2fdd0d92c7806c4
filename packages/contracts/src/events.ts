/**
 * The Socket.IO contract. A push is a hint that something changed: clients re-read
 * over HTTP, so a missed message never leaves a screen wrong.
 */
export type CenterChange = 'center' | 'rooms' | 'schedule'

export interface ServerToClientEvents {
  'center:changed': (payload: { centerId: string; what: CenterChange }) => void
}

export interface ClientToServerEvents {
  /** Follow one center's changes; acknowledges with whether the center exists. */
  'center:watch': (centerId: string, ack: (ok: boolean) => void) => void
  'center:unwatch': (centerId: string) => void
}

export const centerRoom = (centerId: string) => `center:${centerId}`
