import type { App } from '../../src/app-instance'
import type { Database } from '../../src/db/database'

// Test files of one worker may share a database: each process starts at its own place in the years after 2027.
let day = Math.floor(Math.random() * 3_000)
/** A day of its own from 2027 on for each closure, so fixtures and requests never overlap one another. */
export const closureDate = () => new Date(Date.UTC(2027, 2, 1) + day++ * 86_400_000).toISOString().slice(0, 10)

/** Closures (module closures): a fresh whole-day closure of the side's center per call. */
export function closureFixtures(app: App, db: Database, centerId: string) {
  const closure = async (): Promise<string> => {
    const date = closureDate()
    // closures_no_overlap refuses a day already closed (by an earlier file's row): take the next one.
    const row = await db.insertInto('closures').values({
      center_id: centerId, room_id: null, starts_at: new Date(`${date}T00:00:00+08:00`), ends_at: new Date(`${date}T23:59:00+08:00`),
      all_day: true, reason: '闭馆：设备检修', created_by_staff_id: null, created_at: app.clock(),
    }).onConflict((c) => c.doNothing()).returning('id').executeTakeFirst()
    return row?.id ?? closure()
  }
  return { closure }
}
