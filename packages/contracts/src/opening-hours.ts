import type { OpeningHours } from './centers'

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))

/**
 * Problems with a week of opening hours that a JSON schema cannot express: an interval must
 * close after it opens, and intervals of the same day must not overlap. Empty means valid.
 */
export function openingHoursProblems(hours: OpeningHours): string[] {
  const problems: string[] = []
  hours.forEach((h, i) => {
    if (minutes(h.closes) <= minutes(h.opens))
      problems.push(`openingHours/${i}: closes (${h.closes}) must be after opens (${h.opens})`)
  })
  for (let day = 1; day <= 7; day++) {
    const sorted = hours
      .filter((h) => h.weekday === day)
      .sort((a, b) => minutes(a.opens) - minutes(b.opens))
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]!
      const cur = sorted[i]!
      if (minutes(cur.opens) < minutes(prev.closes))
        problems.push(`openingHours: weekday ${day} has overlapping intervals ${prev.opens}-${prev.closes} and ${cur.opens}-${cur.closes}`)
    }
  }
  return problems
}
