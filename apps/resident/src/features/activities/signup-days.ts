import type { SignupItem } from '@linli/contracts'
import { addDays } from '../../shared/local-time'

export interface SignupDay {
  /** 'YYYY-MM-DD', the center's local date. */
  date: string
  /** 'today' | 'tomorrow' | undefined: a nearer word than the date for the first two days. */
  near?: 'today' | 'tomorrow'
  items: SignupItem[]
}

/** The listing by the center's local date, each day in order of starting time; cancelled occurrences left out. */
export function signupDays(items: readonly SignupItem[], today: string): SignupDay[] {
  const days = new Map<string, SignupItem[]>()
  const sorted = items
    .filter((i) => i.status !== 'cancelled')
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.title.localeCompare(b.title, 'zh-CN'))
  for (const item of sorted) {
    const date = item.startsAt.slice(0, 10)
    days.set(date, [...(days.get(date) ?? []), item])
  }
  const tomorrow = addDays(today, 1)
  return [...days].map(([date, dayItems]) => ({
    date,
    ...(date === today ? { near: 'today' as const } : date === tomorrow ? { near: 'tomorrow' as const } : {}),
    items: dayItems,
  }))
}
