import type { ActivityCategory, Audience, DistrictCalendar } from '@linli/contracts'

/** One line of the district calendar: an activity's occurrence or a room booking. */
export interface AgendaEntry {
  kind: 'activity' | 'booking'
  id: string
  /** Wall-clock times in the center's zone, e.g. 09:00 and 10:30. */
  starts: string
  ends: string
  title: string
  centerName: string
  subdistrictName: string | null
  place: string
  category: ActivityCategory | null
  audiences: Audience[]
  cancelled: boolean
  /** For a booking: its purpose and headcount, worded by the page. */
  purpose?: string
  headcount?: number
}

export interface AgendaDay { date: string; entries: AgendaEntry[] }

/**
 * The calendar's answer laid out day by day for `days` (every date shown, empty ones too). Times
 * come with the center's own offset, so their date and clock read as they are written; something
 * that began before the first day shown is listed on that first day.
 */
export function agendaDays(calendar: DistrictCalendar, days: string[]): AgendaDay[] {
  const entries: (AgendaEntry & { date: string; at: string })[] = [
    ...calendar.items.map((o) => ({
      kind: 'activity' as const, id: o.id, date: o.startsAt.slice(0, 10), at: o.startsAt, starts: o.startsAt.slice(11, 16), ends: o.endsAt.slice(11, 16),
      title: o.title, centerName: o.centerName, subdistrictName: o.subdistrictName, place: o.roomName ?? o.location ?? '',
      category: o.category, audiences: o.audiences, cancelled: o.status === 'cancelled',
    })),
    ...calendar.bookings.map((b) => ({
      kind: 'booking' as const, id: b.id, date: b.startsAt.slice(0, 10), at: b.startsAt, starts: b.startsAt.slice(11, 16), ends: b.endsAt.slice(11, 16),
      title: b.purpose, centerName: b.centerName, subdistrictName: b.subdistrictName, place: b.roomName,
      category: null, audiences: [], cancelled: false, purpose: b.purpose, headcount: b.headcount,
    })),
  ]
  const first = days[0] ?? ''
  return days.map((date) => ({
    date,
    entries: entries
      .filter((e) => (e.date < first ? first : e.date) === date)
      .sort((a, b) => a.starts.localeCompare(b.starts) || a.centerName.localeCompare(b.centerName) || a.id.localeCompare(b.id))
      .map(({ date: _date, at: _at, ...entry }) => entry),
  }))
}

/** Every date from `from` to `to`, both included. */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = []
  for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1)) dates.push(d.toISOString().slice(0, 10))
  return dates
}
