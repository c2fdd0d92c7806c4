import type { Database } from '../../db/database'
import type { NewRoom, RoomChanges, RoomRow } from '../../db/schema'
import type { Room, RoomCreate, RoomHours, RoomUpdate } from '@linli/contracts'

/** A room row, with the name of the co-building unit that provides it when listed with `listRooms` or `findRoom`. */
type RoomWithProvider = RoomRow & { provided_by_unit_name?: string | null }

export const toRoom = (r: RoomWithProvider): Room => ({
  id: r.id,
  centerId: r.center_id,
  name: r.name,
  kind: r.kind,
  capacity: r.capacity,
  floor: r.floor,
  amenities: r.amenities,
  access: r.access,
  requiresApproval: r.requires_approval,
  description: r.description,
  active: r.active,
  hours: { weekly: r.weekly_hours, exceptions: r.hours_exceptions },
  providedBy: r.provided_by_unit_id ? { unitId: r.provided_by_unit_id, name: r.provided_by_unit_name ?? '' } : null,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
})

/** Rooms with the name of the unit that provides them (驻区单位提供), if any. */
const roomsWithProvider = (db: Database) => db.selectFrom('rooms')
  .leftJoin('co_building_units as provider', 'provider.id', 'rooms.provided_by_unit_id')
  .selectAll('rooms').select('provider.name as provided_by_unit_name')

export function listRooms(db: Database, centerId: string, includeInactive: boolean) {
  let q = roomsWithProvider(db).where('rooms.center_id', '=', centerId)
  if (!includeInactive) q = q.where('rooms.active', '=', true)
  return q.orderBy('rooms.floor').orderBy('rooms.name').execute()
}

export function findRoom(db: Database, id: string) {
  return roomsWithProvider(db).where('rooms.id', '=', id).executeTakeFirst()
}

const trimmed = (amenities: string[] | undefined) => amenities?.map((a) => a.trim())

export function insertRoom(db: Database, centerId: string, input: RoomCreate) {
  return db
    .insertInto('rooms')
    .values({
      center_id: centerId,
      name: input.name.trim(),
      kind: input.kind,
      capacity: input.capacity,
      floor: input.floor,
      amenities: trimmed(input.amenities) ?? [],
      access: input.access,
      requires_approval: input.requiresApproval ?? false,
      description: input.description?.trim() ?? '',
      active: input.active ?? true,
      provided_by_unit_id: input.providedByUnitId ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
}

export function updateRoom(db: Database, id: string, input: RoomUpdate, now: Date) {
  const changes: RoomChanges = { updated_at: now }
  if (input.name !== undefined) changes.name = input.name.trim()
  if (input.kind !== undefined) changes.kind = input.kind
  if (input.capacity !== undefined) changes.capacity = input.capacity
  if (input.floor !== undefined) changes.floor = input.floor
  if (input.amenities !== undefined) changes.amenities = trimmed(input.amenities)
  if (input.access !== undefined) changes.access = input.access
  if (input.requiresApproval !== undefined) changes.requires_approval = input.requiresApproval
  if (input.description !== undefined) changes.description = input.description.trim()
  if (input.active !== undefined) changes.active = input.active
  return db.updateTable('rooms').set(changes).where('id', '=', id).returningAll().executeTakeFirst()
}

export async function deleteRoom(db: Database, id: string): Promise<void> {
  await db.deleteFrom('rooms').where('id', '=', id).execute()
}

export function setRoomHours(db: Database, id: string, hours: RoomHours, now: Date) {
  return db.updateTable('rooms')
    .set({ weekly_hours: hours.weekly === null ? null : JSON.stringify(hours.weekly), hours_exceptions: JSON.stringify(hours.exceptions), updated_at: now })
    .where('id', '=', id).returningAll().executeTakeFirst()
}

/** Many rooms at once (a center's spreadsheet import), in statements of 500. */
export async function insertRooms(db: Database, rooms: NewRoom[]) {
  for (let i = 0; i < rooms.length; i += 500) await db.insertInto('rooms').values(rooms.slice(i, i + 500)).execute()
}

/** Each room's own changes, as an import found them against the stored rows. */
export async function updateRooms(db: Database, updates: { id: string; changes: RoomChanges }[]) {
  for (const u of updates) await db.updateTable('rooms').set(u.changes).where('id', '=', u.id).execute()
}
