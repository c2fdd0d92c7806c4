import { sql } from 'kysely'
import type { Database } from '../db/database'
import { hashPassword } from '../modules/auth/passwords'
import { insertStaff } from '../modules/auth/staff.repository'
import { insertCenter } from '../modules/centers/centers.repository'
import { insertRegion } from '../modules/regions/regions.repository'
import { insertRoom } from '../modules/rooms/rooms.repository'
import { deferRollups, recountRollups } from '../modules/reports/rollup.repository'
import { DEFAULT_TIME_ZONE } from '@linli/contracts'
import { seedCenterActivities } from './demo-activities-seed'
import { seedDemoBookings } from './demo-bookings-seed'
import { seedDemoParticipation } from './demo-participation-seed'
import { seedDemoWaitlist } from './demo-waitlist-seed'
import { type PhotoStore, databasePhotoStore } from '../modules/records/photo-store'
import { seedDemoRecords } from './demo-records-seed'
import { seedDemoCoBuilding } from './demo-co-building-seed'
import { seedDemoCoBuildingLists } from './demo-co-building-lists-seed'
import { seedDemoAssessment } from './demo-assessment-seed'
import { DEMO_PASSWORD, demoRegions, demoStaff } from './demo-data'

/**
 * Fills an empty database with the demo districts, centers, rooms and logins. Idempotent: it does
 * nothing once any region exists, so it never touches real data. Returns whether it seeded.
 * The records' photos go to `photos`, the configured store (photoStore(config)).
 */
export async function seedDemo(db: Database, now = new Date(), photos: PhotoStore = databasePhotoStore): Promise<boolean> {
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  return db.transaction().execute(async (trx) => {
    // Replicas starting together must not both seed: the second waits here, then sees data.
    await sql`select pg_advisory_xact_lock(hashtext('linli:demo-seed'))`.execute(trx)
    if (await trx.selectFrom('regions').select('id').limit(1).executeTakeFirst()) return false
    // Months of history in one go: the reports' roll-ups are counted once at the end, not per row.
    await deferRollups(trx)
    const scopes = new Map<string, { regionId?: string; centerId?: string }>()
    for (const district of demoRegions) {
      const d = await insertRegion(trx, { parentId: null, level: 'district', name: district.name })
      scopes.set(district.name, { regionId: d.id })
      for (const sub of district.children) {
        const s = await insertRegion(trx, { parentId: d.id, level: 'subdistrict', name: sub.name })
        for (const name of sub.communities) await insertRegion(trx, { parentId: s.id, level: 'community', name })
        for (const center of sub.centers) {
          const centerId = await insertCenter(trx, { ...center, regionId: s.id })
          scopes.set(center.name, { centerId })
          for (const [name, kind, capacity, floor, access, requiresApproval, amenities] of center.rooms)
            await insertRoom(trx, centerId, { name, kind, capacity, floor, access, requiresApproval, amenities })
          await seedCenterActivities(trx, { id: centerId, timeZone: DEFAULT_TIME_ZONE }, now)
        }
      }
    }
    for (const s of demoStaff) await insertStaff(trx, { ...s, passwordHash, ...scopes.get(s.scope) })
    await seedDemoBookings(trx, passwordHash, now)
    await seedDemoParticipation(trx, passwordHash, now)
    await seedDemoWaitlist(trx, now)
    await seedDemoRecords(trx, now, photos)
    await seedDemoCoBuilding(trx, now)
    await seedDemoCoBuildingLists(trx, now)
    await seedDemoAssessment(trx)
    await recountRollups(trx)
    return true
  })
}
