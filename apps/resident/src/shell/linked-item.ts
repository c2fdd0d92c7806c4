/** The element id of the list item a link points at, so the page can scroll to it. */
export const LINKED_ELEMENT = 'm-linked'

/** One value of a query parameter (`?booking=<id>`), ignoring repeats and empty values. */
export function queryId(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' && first ? first : undefined
}

/** Which tab of a resident's own list holds the item a link names; none if it is not on the list. */
export function tabOf<T extends { id: string }>(groups: { upcoming: readonly T[]; past: readonly T[] }, id: string): 'upcoming' | 'past' | undefined {
  if (groups.upcoming.some((x) => x.id === id)) return 'upcoming'
  if (groups.past.some((x) => x.id === id)) return 'past'
  return undefined
}
