/** How many items of `size` fit in `length` with `gap` between them (at least one, so something shows). */
export function fitCount(length: number, size: number, gap = 0): number {
  if (!(length > 0) || !(size > 0)) return 1
  // A hair of slack: a box sized to hold exactly n items, measured back in pixels, still holds n.
  return Math.max(1, Math.floor((length + gap) / (size + gap) + 0.01))
}

export const pageCount = (count: number, perPage: number) => Math.max(1, Math.ceil(count / Math.max(1, perPage)))

/** The items on one page (0-based); an out-of-range page wraps so a shrinking list never shows a blank page. */
export function pageOf<T>(items: readonly T[], perPage: number, page: number): T[] {
  const size = Math.max(1, perPage)
  const pages = pageCount(items.length, size)
  const p = ((page % pages) + pages) % pages
  return items.slice(p * size, (p + 1) * size)
}
