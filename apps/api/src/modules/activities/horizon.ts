import { sql } from 'kysely'
import type { App } from '../../app-instance'
import { defineJob } from '../../jobs/define-job'
import { findClashes, refreshOccurrenceReservations } from '../reservations/reservations.repository'
import {
  activityFields, insertOccurrences, listActivitiesToExtend, listActivityOccurrences, setMaterializedUntil, toLocal,
} from './activities.repository'
import { HORIZON_DAYS, materialize } from './series'

const DAY = 86_400_000
/** Extend once the materialized part is this much shorter than the horizon. */
const SLACK_DAYS = 30

/**
 * Keeps open-ended series materialized a horizon ahead. A date whose room has been booked in the
 * meantime is added as cancelled (staff see it in the calendar) instead of failing the series.
 * Replicas take a transaction-scoped advisory lock, so only one extends at a time.
 */
export async function extendHorizons(app: App): Promise<number> {
  const now = app.clock()
  let extended = 0
  const centers = new Set<string>()
  await app.db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_xact_lock(hashtext('linli:extend-horizons')) as locked`.execute(trx)
    if (!rows[0]?.locked) return
    for (const row of await listActivitiesToExtend(trx, new Date(now.getTime() + (HORIZON_DAYS - SLACK_DAYS) * DAY))) {
      const known = new Set((await listActivityOccurrences(trx, row.id)).map((o) => toLocal(o.recurrence_local)))
      const { occurrences, materializedUntil } = materialize(activityFields(row), row.time_zone, now)
      const fresh = occurrences.filter((o) => !known.has(o.recurrenceLocal))
      const holds = fresh.filter((o) => o.roomId).map((o) => ({ roomId: o.roomId!, startsAt: o.startsAt, endsAt: o.endsAt }))
      const clashing = new Set((await findClashes(trx, holds)).map((c) => holds[c.index]!.startsAt.getTime()))
      await insertOccurrences(trx, row.id, row.center_id, fresh.map((o) => (clashing.has(o.startsAt.getTime()) ? { ...o, status: 'cancelled' as const } : o)))
      await refreshOccurrenceReservations(trx, { activityId: row.id })
      await setMaterializedUntil(trx, row.id, materializedUntil!)
      if (fresh.length) {
        extended++
        centers.add(row.center_id)
      }
      if (clashing.size) app.log.warn({ activityId: row.id, dates: clashing.size }, 'extended series: some dates found their room taken and were added as cancelled')
    }
  })
  for (const id of centers) app.realtime.centerChanged(id, 'schedule')
  return extended
}

/** Runs the extension every few hours (at once on a new database), once across replicas. */
export function scheduleHorizonExtension(app: App, everyMs = 6 * 3_600_000) {
  defineJob(app, { name: 'extend-horizons', everyMs, run: () => extendHorizons(app) })
}
