import type { ScheduleItem } from '@linli/contracts'
import { type LocalDate, dateOf } from '../boards/center-time'
import { type RoomState, type Slot, roomStateAt, slotsOfDay } from '../boards/slots'

export interface RoomNowNext extends RoomState {
  roomId: string
  roomName: string
}

/**
 * One entry per room that has something today: what is on now and what starts next. Rooms in use
 * come first, then rooms by their next start, then rooms whose day is over, so the panel leads with
 * what a visitor can still walk into. Off-site activities (no room) are left to the activity list.
 */
export function roomsNowNext(slots: readonly Slot[], today: LocalDate, now: number): RoomNowNext[] {
  const byRoom = new Map<string, Slot[]>()
  for (const s of slotsOfDay(slots, today, now)) {
    if (!s.roomId || s.cancelled) continue
    byRoom.set(s.roomId, [...(byRoom.get(s.roomId) ?? []), s])
  }
  const rooms = [...byRoom.entries()].map(([roomId, list]) => ({
    roomId, roomName: list[0]!.roomName ?? '', ...roomStateAt(list, now),
  }))
  const rank = (r: RoomNowNext) => (r.current ? [0, r.current.start] : r.next ? [1, r.next.start] : [2, 0]) as [number, number]
  return rooms.sort((a, b) => {
    const [ra, ta] = rank(a)
    const [rb, tb] = rank(b)
    return ra - rb || ta - tb || a.roomName.localeCompare(b.roomName, 'zh-CN')
  })
}

export interface ActivityRow {
  item: ScheduleItem
  /** Started and not over yet. */
  ongoing: boolean
}

/** Today's activities that have not ended, cancelled ones included (they are shown struck through). */
export function remainingToday(items: readonly ScheduleItem[], today: LocalDate, now: number): ActivityRow[] {
  return items
    .filter((i) => dateOf(i.startsAt) === today && Date.parse(i.endsAt) > now)
    .map((item) => ({ item, ongoing: item.status !== 'cancelled' && Date.parse(item.startsAt) <= now }))
    .sort((a, b) => Date.parse(a.item.startsAt) - Date.parse(b.item.startsAt) || a.item.title.localeCompare(b.item.title, 'zh-CN'))
}
