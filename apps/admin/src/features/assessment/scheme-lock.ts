import { closedTime, nextQuarter, quarterStart } from './quarters'

/**
 * What the scheme editor says about closed quarters. The scheme is the region's, not a quarter's: the API
 * refuses to save it only while the *current* quarter is closed (until the next one begins), and a closed
 * quarter keeps the scheme frozen into its scores. So the editor locks only for a closed current quarter;
 * with a closed earlier quarter chosen it stays open and says what saving will and will not change.
 */
export type SchemeNote =
  | { kind: 'locked'; quarter: string; time: string; next: string; from: string }
  | { kind: 'earlier'; quarter: string; time: string; current: string }

export function schemeNote(
  current: string, currentClosedAt: string | null, selected: { quarter: string; closedAt: string | null } | null,
): SchemeNote | null {
  if (currentClosedAt) {
    const next = nextQuarter(current)
    return { kind: 'locked', quarter: current, time: closedTime(currentClosedAt), next, from: quarterStart(next) }
  }
  if (selected?.closedAt && selected.quarter !== current) {
    return { kind: 'earlier', quarter: selected.quarter, time: closedTime(selected.closedAt), current }
  }
  return null
}
