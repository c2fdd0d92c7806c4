import type { ScreenBoard } from '@linli/contracts'

/** What a screen says about a room's hours today: its intervals (`06:00–21:00`), or closed. */
export type RoomHoursText = { closed: true } | { closed: false; text: string }

/**
 * A room's hours for `today` from the board the API sent. An answer for another day (a snapshot
 * kept over midnight while offline) says nothing rather than yesterday's hours.
 */
export function roomHoursText(board: ScreenBoard, roomId: string, today: string): RoomHoursText | undefined {
  const entry = board.roomHours?.find((h) => h.roomId === roomId)
  if (!entry || entry.date !== today) return undefined
  if (entry.intervals.length === 0) return { closed: true }
  return { closed: false, text: entry.intervals.map((h) => `${h.opens}–${h.closes}`).join(' ') }
}

/**
 * The same for a lobby card, only where the room keeps hours other than the center's (its own week
 * or a dated exception): the center's hours are on the ticker already, and a card has room for one
 * short addition beside the name.
 */
export function ownRoomHoursText(board: ScreenBoard, roomId: string, today: string): RoomHoursText | undefined {
  const entry = board.roomHours?.find((h) => h.roomId === roomId)
  return entry && entry.source !== 'center' ? roomHoursText(board, roomId, today) : undefined
}
