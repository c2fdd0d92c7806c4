import type { VueCalDrop, VueCalEvent } from 'vue-cal'
import type { Occurrence, OccurrenceUpdate, Room } from '@linli/contracts'
import { instantToLocal } from '@linli/schedule'
import type { CalendarView } from './calendar-range'
import { addMinutesLocal, datePart, dateToWallClock, joinLocal, minutesBetween, timePart, wallClockToDate } from './wall-clock'

/** The day-view column of activities held off-site or without a room. */
export const OFFSITE_SPLIT = 'offsite'

export interface CalendarEvent extends VueCalEvent {
  occurrence: Occurrence
  startsLocal: string
  endsLocal: string
}

export interface SplitColumn {
  id: string
  label: string
  class?: string
}

export const isCancelled = (o: Pick<Occurrence, 'status' | 'activityStatus'>) =>
  o.status === 'cancelled' || o.activityStatus === 'cancelled'

/** Start and end of an occurrence on the center's wall clock. */
export function occurrenceLocal(o: Pick<Occurrence, 'startsAt' | 'endsAt'>, timeZone: string) {
  return { startsLocal: instantToLocal(new Date(o.startsAt), timeZone), endsLocal: instantToLocal(new Date(o.endsAt), timeZone) }
}

/**
 * An occurrence as a vue-cal event. The class names carry the category colour and the draft and
 * cancelled looks; the event slot prints the category too, so colour is never the only signal.
 */
export function toCalendarEvent(o: Occurrence, timeZone: string, options: { editable: boolean; byRoom: boolean }): CalendarEvent {
  const { startsLocal, endsLocal } = occurrenceLocal(o, timeZone)
  const cancelled = isCancelled(o)
  const classes = ['cal-ev', `cal-ev--${o.category}`]
  if (cancelled) classes.push('cal-ev--cancelled')
  if (o.activityStatus === 'draft') classes.push('cal-ev--draft')
  return {
    start: wallClockToDate(startsLocal),
    end: wallClockToDate(endsLocal),
    title: o.title,
    class: classes.join(' '),
    ...(options.byRoom ? { split: o.roomId ?? OFFSITE_SPLIT } : {}),
    draggable: options.editable && !cancelled,
    resizable: false,
    deletable: false,
    occurrence: o,
    startsLocal,
    endsLocal,
  }
}

/**
 * Day-view columns: the active rooms, any other room that holds an occurrence in view (so
 * nothing disappears when a room was deactivated), then the off-site column.
 */
export function roomColumns(rooms: Room[], occurrences: Occurrence[], offsiteLabel: string): SplitColumn[] {
  const used = new Set(occurrences.map((o) => o.roomId))
  const columns: SplitColumn[] = rooms.filter((r) => r.active || used.has(r.id)).map((r) => ({ id: r.id, label: r.name }))
  const known = new Set(columns.map((c) => c.id))
  for (const o of occurrences) {
    if (o.roomId && !known.has(o.roomId)) {
      known.add(o.roomId)
      columns.push({ id: o.roomId, label: o.roomName ?? o.roomId })
    }
  }
  return [...columns, { id: OFFSITE_SPLIT, label: offsiteLabel, class: 'cal-split--offsite' }]
}

/**
 * The PATCH body for a dropped event, or null when nothing changed. The duration is kept; on the
 * month view only the day changes (a month cell has no time of day to drop onto).
 */
export function dropToUpdate(event: CalendarEvent, drop: Pick<VueCalDrop, 'newDate' | 'newSplit'>, view: CalendarView): OccurrenceUpdate | null {
  const dropped = dateToWallClock(drop.newDate)
  const startsLocal = view === 'month' ? joinLocal(datePart(dropped), timePart(event.startsLocal)) : dropped
  const body: OccurrenceUpdate = {}
  if (startsLocal !== event.startsLocal) {
    body.startsLocal = startsLocal
    body.endsLocal = addMinutesLocal(startsLocal, minutesBetween(event.startsLocal, event.endsLocal))
  }
  if (drop.newSplit !== undefined) {
    const roomId = drop.newSplit === OFFSITE_SPLIT ? null : String(drop.newSplit)
    if (roomId !== event.occurrence.roomId) body.roomId = roomId
  }
  return Object.keys(body).length ? body : null
}

const DAY_FROM = 7 * 60
const DAY_TO = 22 * 60

/**
 * The hours the day and week views show, in minutes: 07:00-22:00, widened to whole hours when an
 * event in view starts earlier or ends later (vue-cal would not draw it otherwise).
 */
export function visibleHours(events: Pick<CalendarEvent, 'startsLocal' | 'endsLocal'>[]): { from: number; to: number } {
  const minutes = (local: string) => Number(local.slice(11, 13)) * 60 + Number(local.slice(14, 16))
  let from = DAY_FROM
  let to = DAY_TO
  for (const e of events) {
    from = Math.min(from, Math.floor(minutes(e.startsLocal) / 60) * 60)
    const end = datePart(e.endsLocal) > datePart(e.startsLocal) ? 24 * 60 : minutes(e.endsLocal)
    to = Math.max(to, Math.ceil(end / 60) * 60)
  }
  return { from, to }
}
