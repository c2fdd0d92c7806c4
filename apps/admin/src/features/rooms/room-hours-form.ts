import type { OpeningHours, Room, RoomHours } from '@linli/contracts'

export interface Interval { opens: string; closes: string }
export interface ExceptionForm { date: string; closed: boolean; intervals: Interval[] }
/** What the 开放时间 tab edits: `days[0]` is Monday, an empty day is closed. */
export interface HoursForm { mode: 'follow' | 'own'; days: Interval[][]; exceptions: ExceptionForm[] }

const weekOf = (hours: OpeningHours): Interval[][] =>
  Array.from({ length: 7 }, (_, i) => hours.filter((h) => h.weekday === i + 1).map(({ opens, closes }) => ({ opens, closes })).sort((a, b) => a.opens.localeCompare(b.opens)))

/** The form for a room (a new room follows its center); `centerHours` fills the grid to start from. */
export function toHoursForm(room: Room | null, centerHours: OpeningHours): HoursForm {
  const hours = room?.hours ?? { weekly: null, exceptions: [] }
  return {
    mode: hours.weekly === null ? 'follow' : 'own',
    days: weekOf(hours.weekly ?? centerHours),
    exceptions: hours.exceptions.map((e) => ({ date: e.date, closed: e.intervals.length === 0, intervals: e.intervals.length ? e.intervals.map((i) => ({ ...i })) : [{ opens: '09:00', closes: '17:00' }] })),
  }
}

export function toHoursBody(form: HoursForm): RoomHours {
  return {
    weekly: form.mode === 'follow' ? null : form.days.flatMap((day, i) => day.map((h) => ({ weekday: i + 1, ...h }))),
    exceptions: form.exceptions
      .filter((e) => e.date)
      .map((e) => ({ date: e.date, intervals: e.closed ? [] : e.intervals.map((h) => ({ ...h })) }))
      .sort((a, b) => a.date.localeCompare(b.date)),
  }
}

export const sameHours = (a: RoomHours, b: RoomHours) => JSON.stringify(a) === JSON.stringify(b)

/** Weekday indexes (0 = Monday) with an interval that does not close after it opens; the server says the rest. */
export const invertedDays = (form: HoursForm): number[] =>
  form.mode === 'follow' ? [] : form.days.flatMap((day, i) => (day.some((h) => h.closes <= h.opens) ? [i] : []))

/** `周一 08:30–20:30；周六 09:00–17:00` for the 跟随中心 hint. */
export function describeWeek(hours: OpeningHours, dayNames: string[], closed: string): string {
  const days = weekOf(hours)
  const text = days.flatMap((day, i) => (day.length ? [`${dayNames[i]} ${day.map((h) => `${h.opens}–${h.closes}`).join('、')}`] : []))
  return text.length ? text.join('；') : closed
}
