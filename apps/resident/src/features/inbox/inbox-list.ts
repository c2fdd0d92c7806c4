import type { Notification } from '@linli/contracts'

const newestFirst = (a: Notification, b: Notification) =>
  Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)

/**
 * The list after reading a page: what was shown, with the page's items replacing their older copies,
 * newest first. A page read after new notifications arrived overlaps what is shown (offsets moved
 * down); keeping each one once means nothing is listed twice and nothing is skipped.
 */
export function mergePage(shown: readonly Notification[], page: readonly Notification[]): Notification[] {
  const byId = new Map(shown.map((n) => [n.id, n]))
  for (const n of page) byId.set(n.id, n)
  return [...byId.values()].sort(newestFirst)
}

/** The list with one notification marked read at `at` (unchanged if it already was). */
export const markedRead = (shown: readonly Notification[], id: string, at: Date): Notification[] =>
  shown.map((n) => (n.id === id && !n.readAt ? { ...n, readAt: at.toISOString() } : n))

/** The list with everything marked read. */
export const allMarkedRead = (shown: readonly Notification[], at: Date): Notification[] =>
  shown.map((n) => (n.readAt ? n : { ...n, readAt: at.toISOString() }))
