/**
 * Which of `ids` were not in the previous read. The first read (`seen` undefined) announces
 * nothing: what already waited when the page opened is the badge's job, not news.
 */
export function newArrivals(seen: ReadonlySet<string> | undefined, ids: readonly string[]): string[] {
  if (!seen) return []
  return ids.filter((id) => !seen.has(id))
}
