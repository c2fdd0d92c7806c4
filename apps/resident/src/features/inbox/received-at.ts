import type { Locale } from '../../i18n'

export interface WhenMessage {
  key: string
  values: Record<string, string | number>
}

const parts = (at: Date, timeZone: string) => {
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-CA', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(at).map((x) => [x.type, x.value]))
  return { day: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` }
}

/**
 * When a notification came, as a person says it: 刚刚, 5 分钟前, 今天 14:05, 昨天 09:30, else the
 * date. In the phone's own time zone: the resident reads it where they are.
 */
export function receivedAt(createdAt: string, now: Date, locale: Locale, timeZone: string): WhenMessage {
  const at = new Date(createdAt)
  const minutes = Math.floor((now.getTime() - at.getTime()) / 60_000)
  if (minutes < 1) return { key: 'notifications.when.justNow', values: {} }
  if (minutes < 60) return { key: 'notifications.when.minutes', values: { n: minutes } }
  const then = parts(at, timeZone)
  if (then.day === parts(now, timeZone).day) return { key: 'notifications.when.today', values: { time: then.time } }
  if (then.day === parts(new Date(now.getTime() - 86_400_000), timeZone).day) return { key: 'notifications.when.yesterday', values: { time: then.time } }
  const sameYear = then.day.slice(0, 4) === parts(now, timeZone).day.slice(0, 4)
  const day = new Intl.DateTimeFormat(locale, { timeZone, month: 'short', day: 'numeric', ...(sameYear ? {} : { year: 'numeric' }) }).format(at)
  return { key: 'notifications.when.day', values: { day, time: then.time } }
}
