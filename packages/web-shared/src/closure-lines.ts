import type { ScheduleClosure } from '@linli/contracts'

/** One closure as residents read it: 闭馆 (the center) or 暂停开放 (a room), when, and why. */
export interface ClosureLine {
  scope: 'center' | 'room'
  roomName: string | null
  reason: string
  /** Local dates in the center's zone, both inclusive. */
  firstDay: string
  lastDay: string
  /** Part of a day: its wall-clock times; null for whole days. */
  times: { from: string; to: string } | null
}

const localDay = (offsetDateTime: string) => offsetDateTime.slice(0, 10)
const localTime = (offsetDateTime: string) => offsetDateTime.slice(11, 16)
const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)

function lineOf(c: ScheduleClosure): ClosureLine {
  // A closure up to midnight ends on the day before.
  const lastDay = localTime(c.endsAt) === '00:00' ? dayBefore(localDay(c.endsAt)) : localDay(c.endsAt)
  return {
    scope: c.roomId ? 'room' : 'center', roomName: c.roomName, reason: c.reason, firstDay: localDay(c.startsAt), lastDay,
    times: c.allDay ? null : { from: localTime(c.startsAt), to: localTime(c.endsAt) },
  }
}

/**
 * The closures still to come (ended ones dropped), split into those in force some time `today` and
 * those after it. With `roomId`, only the center's and that room's (a door panel, a room page).
 * The times are the center's wall clock, as the schedule carries them.
 */
export function closureLines(closures: readonly ScheduleClosure[] | undefined, today: string, now: number, roomId?: string) {
  const lines = (closures ?? [])
    .filter((c) => Date.parse(c.endsAt) > now && (roomId === undefined || c.roomId === null || c.roomId === roomId))
    .map(lineOf)
  return { today: lines.filter((l) => l.firstDay <= today), upcoming: lines.filter((l) => l.firstDay > today) }
}

/** 12月7日 or Dec 7. */
export function monthDay(date: string, locale: string): string {
  const [, m, d] = date.split('-').map(Number)
  if (locale.startsWith('zh')) return `${m}月${d}日`
  return `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m! - 1]} ${d}`
}

/** When a closure is, short: 12月7日, 12月7日–12月9日, 12月7日 14:00–17:00; `today` words for today. */
export function closureWhen(line: ClosureLine, today: string, locale: string, todayWord: string): string {
  const day = (d: string) => (d === today ? todayWord : monthDay(d, locale))
  const first = line.firstDay < today ? today : line.firstDay
  if (line.times && line.firstDay === line.lastDay) return `${day(first)} ${line.times.from}–${line.times.to}`
  if (first === line.lastDay) return day(first)
  return `${day(first)}–${monthDay(line.lastDay, locale)}`
}
