import type { Database } from '../../db/database'

const HOUR = 3_600_000

/** What a screen of this center may show a check-in code for: its active rooms, and occurrences from 12 h ago to 12 h ahead. */
export async function checkInPlaces(db: Database, centerId: string, now: Date) {
  const [rooms, occurrences] = await Promise.all([
    db.selectFrom('rooms').select('id').where('center_id', '=', centerId).where('active', '=', true).orderBy('id').execute(),
    db.selectFrom('occurrences').select('id').where('center_id', '=', centerId).where('status', '!=', 'cancelled')
      .where('starts_at', '<', new Date(now.getTime() + 12 * HOUR)).where('ends_at', '>', new Date(now.getTime() - 12 * HOUR))
      .orderBy('starts_at').orderBy('id').execute(),
  ])
  return { roomIds: rooms.map((r) => r.id), occurrenceIds: occurrences.map((o) => o.id) }
}
