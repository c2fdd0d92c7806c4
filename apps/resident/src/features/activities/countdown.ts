/** Time left before a deadline, as a message: 还剩 1 小时 23 分 / 1 h 23 min left. */
export interface Countdown {
  key: string
  values: Record<string, number>
  /** Less than this many minutes are left: the page shows it urgently. */
  urgent: boolean
  expired: boolean
}

export const URGENT_MINUTES = 15

/**
 * Minutes are rounded up, so the text never says "0 minutes" while the offer still stands, and a
 * resident reading "5 minutes" has at least that long.
 */
export function countdown(deadline: string, now: Date): Countdown {
  const ms = Date.parse(deadline) - now.getTime()
  if (!(ms > 0)) return { key: 'participation.countdown.expired', values: {}, urgent: true, expired: true }
  const minutes = Math.ceil(ms / 60_000)
  const urgent = minutes <= URGENT_MINUTES
  if (ms < 60_000) return { key: 'participation.countdown.underMinute', values: {}, urgent, expired: false }
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  const mins = minutes % 60
  if (days > 0) return { key: 'participation.countdown.days', values: { d: days, h: hours }, urgent, expired: false }
  if (hours > 0) return { key: 'participation.countdown.hours', values: { h: hours, m: mins }, urgent, expired: false }
  return { key: 'participation.countdown.minutes', values: { m: mins }, urgent, expired: false }
}
