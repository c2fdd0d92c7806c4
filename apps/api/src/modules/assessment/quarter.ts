import { addDays } from '@linli/schedule'
import { badRequest } from '../../plugins/errors'

/** The districts' own clock: which quarter "now" is in, for freezing the scheme (centers keep their own zones for figures). */
export const DISTRICT_ZONE = 'Asia/Shanghai'

/** A quarter's first and last local day: 2026-Q4 → 2026-10-01 … 2026-12-31. */
export function quarterDays(quarter: string): { from: string; to: string } {
  const year = Number(quarter.slice(0, 4))
  const q = Number(quarter.slice(6))
  const month = (n: number) => String(n).padStart(2, '0')
  const from = `${quarter.slice(0, 4)}-${month(q * 3 - 2)}-01`
  const next = q === 4 ? `${String(year + 1).padStart(4, '0')}-01-01` : `${quarter.slice(0, 4)}-${month(q * 3 + 1)}-01`
  return { from, to: addDays(next, -1) }
}

/** The quarter a local date is in. */
export const quarterOf = (day: string) => `${day.slice(0, 4)}-Q${Math.ceil(Number(day.slice(5, 7)) / 3)}`

/** Today in the districts' zone, YYYY-MM-DD. */
export const districtToday = (now: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: DISTRICT_ZONE }).format(now)

/** A quarter that has not begun has no figures to rank: refused, so nobody closes an empty quarter by mistake. */
export function checkQuarterStarted(quarter: string, now: Date) {
  if (quarterDays(quarter).from > districtToday(now)) throw badRequest('quarter_not_started', `${quarter} has not begun yet (该季度尚未开始)`)
}
