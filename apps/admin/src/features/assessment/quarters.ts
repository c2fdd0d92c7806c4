import { DEFAULT_TIME_ZONE } from '@linli/contracts'
import { formatStamp } from '../records/record-time'

/** The districts' clock, as the API's (modules/assessment/quarter.ts): which quarter "now" is in, and when a quarter closed. */
export const DISTRICT_ZONE = DEFAULT_TIME_ZONE

/** This quarter in the districts' zone and the seven before it, newest first: 2026-Q4, 2026-Q3 … */
export function recentQuarters(now: Date, count = 8): string[] {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: DISTRICT_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
  let year = Number(today.slice(0, 4))
  let q = Math.ceil(Number(today.slice(5, 7)) / 3)
  const out: string[] = []
  for (let i = 0; i < count; i++) {
    out.push(`${year}-Q${q}`)
    q -= 1
    if (q === 0) { q = 4; year -= 1 }
  }
  return out
}

/** The quarter after this one: 2026-Q4 → 2027-Q1. */
export function nextQuarter(quarter: string): string {
  const year = Number(quarter.slice(0, 4))
  const q = Number(quarter.slice(6))
  return q === 4 ? `${year + 1}-Q1` : `${year}-Q${q + 1}`
}

/** A quarter's first day: 2027-Q1 → 2027-01-01. */
export const quarterStart = (quarter: string) => `${quarter.slice(0, 4)}-${String(Number(quarter.slice(6)) * 3 - 2).padStart(2, '0')}-01`

/** When a quarter closed, 'YYYY-MM-DD HH:mm' in the districts' zone whatever the browser's (as the records' stamps). */
export const closedTime = (iso: string) => formatStamp(iso, DISTRICT_ZONE)
