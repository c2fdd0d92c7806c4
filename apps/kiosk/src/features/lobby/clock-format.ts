import type { Locale } from '../../i18n'

export interface ClockText {
  /** 24-hour wall time, e.g. `14:05`. */
  time: string
  /** Full date with weekday, e.g. `2026年11月21日 星期六`. */
  date: string
}

const cache = new Map<string, { time: Intl.DateTimeFormat; date: Intl.DateTimeFormat }>()

function formatters(locale: Locale, timeZone: string) {
  const key = `${locale}|${timeZone}`
  let f = cache.get(key)
  if (!f) {
    f = {
      time: new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
      date: new Intl.DateTimeFormat(locale, { timeZone, year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' }),
    }
    cache.set(key, f)
  }
  return f
}

/**
 * The wall clock of the center, not of the machine driving the screen: a screen whose operating
 * system is set to UTC still shows Beijing time for an Asia/Shanghai center.
 */
export function formatClock(at: Date, timeZone: string, locale: Locale = 'zh-CN'): ClockText {
  const f = formatters(locale, timeZone)
  const time = f.time.format(at)
  if (locale !== 'zh-CN') return { time, date: f.date.format(at) }
  // zh-CN runs the weekday into the date (2026年11月21日星期六); a space reads better from afar.
  const parts = f.date.formatToParts(at)
  const day = parts.filter((p) => p.type !== 'weekday').map((p) => p.value).join('').trim()
  const weekday = parts.find((p) => p.type === 'weekday')?.value ?? ''
  return { time, date: weekday ? `${day} ${weekday}` : day }
}

/** Milliseconds until the next minute starts, so the clock flips on time without ticking every second. */
export function msUntilNextMinute(at: Date): number {
  return 60_000 - (at.getTime() % 60_000)
}
