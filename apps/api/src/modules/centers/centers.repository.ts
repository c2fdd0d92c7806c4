import type { Database } from '../../db/database'
import type { CenterChanges, NewCenter } from '../../db/schema'
import { type Center, type CenterCreate, type CenterUpdate, DEFAULT_TIME_ZONE } from '@linli/contracts'
import { subtreeQuery } from '../regions/regions.repository'

function selectCenters(db: Database) {
  return db
    .selectFrom('centers')
    .innerJoin('regions', 'regions.id', 'centers.region_id')
    .selectAll('centers')
    .select('regions.name as region_name')
    .select((eb) =>
      eb
        .selectFrom('rooms')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('rooms.center_id', '=', 'centers.id')
        .where('rooms.active', '=', true)
        .as('room_count'),
    )
}

type CenterSelection = Awaited<ReturnType<ReturnType<typeof selectCenters>['executeTakeFirstOrThrow']>>

const toCenter = (c: CenterSelection): Center => ({
  id: c.id,
  regionId: c.region_id,
  regionName: c.region_name,
  name: c.name,
  address: c.address,
  areaM2: c.area_m2,
  timeZone: c.time_zone,
  openingHours: c.opening_hours,
  contactName: c.contact_name,
  contactPhone: c.contact_phone,
  roomCount: Number(c.room_count ?? 0),
  createdAt: c.created_at.toISOString(),
  updatedAt: c.updated_at.toISOString(),
})

/** Centers, optionally only those in a region and the regions below it. */
export async function listCenters(db: Database, filter: { regionId?: string }): Promise<Center[]> {
  let q = selectCenters(db).orderBy('centers.name')
  if (filter.regionId) q = q.where('centers.region_id', 'in', subtreeQuery(db, filter.regionId))
  return (await q.execute()).map(toCenter)
}

export async function findCenter(db: Database, id: string): Promise<Center | undefined> {
  const row = await selectCenters(db).where('centers.id', '=', id).executeTakeFirst()
  return row && toCenter(row)
}

export async function centerExists(db: Database, id: string): Promise<boolean> {
  return (await db.selectFrom('centers').select('id').where('id', '=', id).executeTakeFirst()) !== undefined
}

export async function insertCenter(db: Database, input: CenterCreate): Promise<string> {
  const values: NewCenter = {
    region_id: input.regionId,
    name: input.name.trim(),
    address: input.address.trim(),
    area_m2: input.areaM2,
    time_zone: input.timeZone ?? DEFAULT_TIME_ZONE,
    opening_hours: JSON.stringify(input.openingHours ?? []),
    contact_name: input.contactName?.trim() ?? null,
    contact_phone: input.contactPhone ?? null,
  }
  const { id } = await db.insertInto('centers').values(values).returning('id').executeTakeFirstOrThrow()
  return id
}

export async function updateCenter(db: Database, id: string, input: CenterUpdate, now: Date): Promise<boolean> {
  const changes: CenterChanges = { updated_at: now }
  if (input.regionId !== undefined) changes.region_id = input.regionId
  if (input.name !== undefined) changes.name = input.name.trim()
  if (input.address !== undefined) changes.address = input.address.trim()
  if (input.areaM2 !== undefined) changes.area_m2 = input.areaM2
  if (input.timeZone !== undefined) changes.time_zone = input.timeZone
  if (input.openingHours !== undefined) changes.opening_hours = JSON.stringify(input.openingHours)
  if (input.contactName !== undefined) changes.contact_name = input.contactName?.trim() ?? null
  if (input.contactPhone !== undefined) changes.contact_phone = input.contactPhone
  const result = await db.updateTable('centers').set(changes).where('id', '=', id).executeTakeFirst()
  return result.numUpdatedRows > 0n
}

export async function countRooms(db: Database, centerId: string): Promise<number> {
  const row = await db.selectFrom('rooms').select(db.fn.countAll<string>().as('n')).where('center_id', '=', centerId).executeTakeFirstOrThrow()
  return Number(row.n)
}

export async function deleteCenter(db: Database, id: string): Promise<void> {
  await db.deleteFrom('centers').where('id', '=', id).execute()
}
