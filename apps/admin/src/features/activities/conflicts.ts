import { ApiError } from '@linli/api-client'
import type { Conflict } from '@linli/contracts'
import { instantToLocal } from '@linli/schedule'
import { timePart } from './wall-clock'

/**
 * The conflicts a 409 `slot_taken` answer carries, [] when it carries none we can read, or null
 * for any other error.
 */
export function conflictsOf(err: unknown): Conflict[] | null {
  if (!(err instanceof ApiError) || err.code !== 'slot_taken') return null
  const list = (err as ApiError & { conflicts?: unknown }).conflicts
  return Array.isArray(list) ? (list as Conflict[]) : []
}

export interface ConflictRow {
  key: string
  date: string
  time: string
  room: string
  with: string
  withTime: string
}

/** Conflicts as rows in the center's time zone, by date; times as `09:00–11:00`. */
export function conflictRows(conflicts: Conflict[], timeZone: string): ConflictRow[] {
  const span = (from: string, to: string) =>
    `${timePart(instantToLocal(new Date(from), timeZone))}–${timePart(instantToLocal(new Date(to), timeZone))}`
  return [...conflicts]
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .map((c, i) => ({
      key: `${c.date}-${c.roomId}-${c.withStartsAt}-${i}`,
      date: c.date,
      time: span(c.startsAt, c.endsAt),
      room: c.roomName,
      with: c.withTitle,
      withTime: span(c.withStartsAt, c.withEndsAt),
    }))
}
