import type { Database } from '../../db/database'
import type { RoomRow } from '../../db/schema'
import { AppError, badRequest, notFound } from '../../plugins/errors'
import { findUnit, unitWorksWithCenter } from './units.repository'

/**
 * A unit's room offered to the booking system (整合驻区单位阵地资源) is a room of a partner center
 * with the unit as its provider, booked under the center's rules: the rooms module adds it, and
 * asks here whether the unit may provide rooms to that center.
 */
export async function assertUnitWorksWithCenter(db: Database, unitId: string, centerId: string) {
  const unit = await findUnit(db, unitId)
  if (!unit) throw notFound('Co-building unit')
  if (!unit.active) throw badRequest('unit_inactive', `「${unit.name}」已停用，不能再提供活动室 (the unit is inactive)`)
  if (!(await unitWorksWithCenter(db, unitId, centerId)))
    throw badRequest('unit_not_partner', `「${unit.name}」不是本中心的共建单位，先把本中心加为它的共建对象 (the unit does not work with this center)`,
      [{ path: 'body/providedByUnitId', message: 'the unit does not work with this center' }])
}

/** A room's provider is set when it is added: a center's own room does not become a unit's, nor the reverse. */
export const providerFixed = (room: RoomRow) => new AppError(409, room.provided_by_unit_id ? 'room_of_unit' : 'room_of_center',
  room.provided_by_unit_id
    ? `「${room.name}」由驻区单位提供，不能改成别的提供方 (a unit's room keeps its provider)`
    : `「${room.name}」已是本中心自己的活动室，不能再作为驻区单位提供的活动室；请以该单位的名义新增一个活动室 (this room already belongs to the center; add the unit's room as a new room)`,
  [{ path: 'body/providedByUnitId', message: 'the provider of a room is set when it is added' }])
