import { type DayInterval, type HoursOnDate, type RoomHoursSpec, formatIntervals, localDateOf, roomHoursOn, weekdayOf, withinIntervals } from '@linli/schedule'
import type { OpeningHours } from '@linli/contracts'
import { conflict } from '../../plugins/errors'

/** The room's own hours on a date, or null when the center's hours apply (the room follows it). */
export function ownRoomHoursOn(date: string, centerWeekly: OpeningHours, room: RoomHoursSpec | null | undefined): HoursOnDate | null {
  if (!room) return null
  const hours = roomHoursOn(date, centerWeekly, room)
  return hours.source === 'center' ? null : hours
}

/** The intervals a room keeps on a date: its own hours, or the center's for that weekday. */
export const roomIntervalsOn = (date: string, centerWeekly: OpeningHours, room: RoomHoursSpec | null | undefined): DayInterval[] =>
  ownRoomHoursOn(date, centerWeekly, room)?.intervals
  ?? centerWeekly.filter((h) => h.weekday === weekdayOf(date)).map(({ opens, closes }) => ({ opens, closes }))

/**
 * A booking outside a room's own hours is refused 409 with the hours it keeps that day, so the
 * booker can pick again; staff are held to them as to the center's hours.
 */
export function assertWithinRoomHours(b: { startsLocal: string; endsLocal: string }, hours: HoursOnDate, now: Date, timeZone: string) {
  // Chinese UI text puts a space between Han characters and numerals: 该房间 2026-12-08 不开放.
  const day = hours.date === localDateOf(now, timeZone) ? '今天 ' : ` ${hours.date} `
  if (hours.intervals.length === 0) throw conflict('room_closed', `该房间${day.trimEnd()}${day === '今天 ' ? '' : ' '}不开放`)
  const sameDay = b.endsLocal.slice(0, 10) === hours.date
  if (!sameDay || !withinIntervals(hours.intervals, b.startsLocal.slice(11), b.endsLocal.slice(11)))
    throw conflict('outside_room_hours', `该房间${day}${formatIntervals(hours.intervals)} 开放，请在开放时间内预约`)
}
