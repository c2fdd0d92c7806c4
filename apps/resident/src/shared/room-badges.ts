import type { Room } from '@linli/contracts'

export type BadgeTone = 'good' | 'pending' | 'info' | 'neutral'

/** The text badges on a room: who may book it and whether staff approve bookings first. */
export function roomBadges(room: Pick<Room, 'access' | 'requiresApproval'>): { key: string; tone: BadgeTone }[] {
  if (room.access === 'staff') return [{ key: 'm.room.access.staff', tone: 'neutral' }]
  if (room.access === 'open') return [{ key: 'm.room.access.open', tone: 'info' }]
  return [
    { key: 'm.room.access.resident', tone: 'good' },
    room.requiresApproval ? { key: 'm.room.approval', tone: 'pending' } : { key: 'm.room.instant', tone: 'info' },
  ]
}

/** Rooms residents can book first (what they came for), then the rest, each in the API's order. */
export function splitRooms<T extends Pick<Room, 'access'>>(rooms: T[]) {
  return { bookable: rooms.filter((r) => r.access === 'resident'), others: rooms.filter((r) => r.access !== 'resident') }
}
