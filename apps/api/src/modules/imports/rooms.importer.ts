import type { NewRoom, RoomChanges } from '../../db/schema'
import { type RoomImportRow, roomColumns } from '../../spreadsheets/columns/rooms'
import type { Checked, Importer, PlannedRoom, RowOutcome } from './importer'
import { rowErrors } from './importer'
import { firstRowOf } from './in-file'
import { insertRooms, listRooms, updateRooms } from '../rooms/rooms.repository'

interface Plan { creates: NewRoom[]; updates: { id: string; name: string; changes: RoomChanges }[] }

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i])

/** Rooms by 房间名称 within the center: a new name is a new room, a known one is changed where the file says so. */
export const roomsImporter: Importer<RoomImportRow, Plan> = {
  kind: 'rooms',
  scope: 'center',
  title: '房间',
  centerAction: 'manage_rooms',
  publishes: 'rooms',
  columns: roomColumns,
  async validate(db, rows, ctx) {
    const centerId = ctx.centerId!
    const existing = new Map((await listRooms(db, centerId, true)).map((r) => [r.name, r]))
    const problems = rowErrors()
    const firstRow = firstRowOf(rows, (r) => r.values.name, (row, name, first) => problems.add(row, '房间名称', `房间“${name}”在第 ${first} 行已有，同一文件中每个房间只能出现一次`))
    const plan: Plan = { creates: [], updates: [] }
    const outcomes = rows.map(({ row, values: v }): RowOutcome | undefined => {
      if (firstRow.get(v.name) !== row) return undefined
      const room = existing.get(v.name)
      if (!room) {
        plan.creates.push({
          center_id: centerId, name: v.name, kind: v.kind, capacity: v.capacity, floor: v.floor, access: v.access,
          requires_approval: v.requiresApproval ?? false, amenities: v.amenities ?? [], description: v.description ?? '', active: v.active ?? true,
        })
        return 'created'
      }
      const changes: RoomChanges = {}
      if (room.kind !== v.kind) changes.kind = v.kind
      if (room.capacity !== v.capacity) changes.capacity = v.capacity
      if (room.floor !== v.floor) changes.floor = v.floor
      if (room.access !== v.access) changes.access = v.access
      if (v.requiresApproval !== null && room.requires_approval !== v.requiresApproval) changes.requires_approval = v.requiresApproval
      if (v.amenities !== null && !sameList(room.amenities, v.amenities)) changes.amenities = v.amenities
      if (v.description !== null && room.description !== v.description) changes.description = v.description
      if (v.active !== null && room.active !== v.active) changes.active = v.active
      if (Object.keys(changes).length === 0) return 'unchanged'
      plan.updates.push({ id: room.id, name: room.name, changes: { ...changes, updated_at: ctx.now } })
      return 'updated'
    })
    return { outcomes, errors: problems.errors, plan }
  },
  async apply(trx, { plan }) {
    await insertRooms(trx, plan.creates)
    await updateRooms(trx, plan.updates)
  },
}

/** The rooms a checked rooms sheet creates or changes, for the sheets of the same workbook that name them. */
export function plannedRooms({ plan }: Checked<Plan>): PlannedRoom[] {
  return [
    ...plan.creates.map((r) => ({ name: r.name, capacity: r.capacity, active: r.active ?? true })),
    ...plan.updates.map((u) => ({ name: u.name, capacity: u.changes.capacity, active: u.changes.active })),
  ]
}
