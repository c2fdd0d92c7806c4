import type { ScheduleItem } from '@linli/contracts'
import { type LocalDate, dateOf } from '../boards/center-time'
import { type RoomState, type Slot, roomStateAt, slotsOfDay } from '../boards/slots'

export interface RoomNowNext extends RoomState {
  /** The room's id, or `place:<location>` for an activity held outside any room. */
  roomId: string
  /** The room's name, or the free-text location (中心东侧广场) of an off-site activity. */
  roomName: string
  /** Held outside the center's rooms: the card says the activity is on, not that a room is in use. */
  offsite: boolean
}

/** Where a slot happens, for grouping: its room, else its free-text location; nowhere if it has neither. */
function placeOf(s: Slot): { key: string; name: string; offsite: boolean } | undefined {
  if (s.roomId) return { key: s.roomId, name: s.roomName ?? '', offsite: false }
  const location = s.location?.trim()
  return location ? { key: `place:${location}`, name: location, offsite: true } : undefined
}

/**
 * One entry per room or outside place that has something today: what is on now and what starts
 * next. Those in use come first, then by their next start, then rooms whose day is over, so the
 * panel leads with what a visitor can still walk into. An activity outside the rooms (a morning
 * tai chi on the square) is listed under its location until it has ended.
 */
export function roomsNowNext(slots: readonly Slot[], today: LocalDate, now: number): RoomNowNext[] {
  const byPlace = new Map<string, { name: string; offsite: boolean; list: Slot[] }>()
  for (const s of slotsOfDay(slots, today, now)) {
    const place = s.cancelled ? undefined : placeOf(s)
    if (!place) continue
    const entry = byPlace.get(place.key) ?? { name: place.name, offsite: place.offsite, list: [] }
    entry.list.push(s)
    byPlace.set(place.key, entry)
  }
  const rooms = [...byPlace.entries()]
    .map(([roomId, { name, offsite, list }]) => ({ roomId, roomName: name, offsite, ...roomStateAt(list, now) }))
    // A room stays listed as free for the rest of the day; a place outside only while its activity is ahead or on.
    .filter((r) => !r.offsite || r.current || r.next)
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
