import { type Static, Type } from '@sinclair/typebox'
import { Id, Timestamp } from './common'

/**
 * Open-access rooms (书吧, 阅览室) take no bookings; staff or a counter device report how many
 * people are in them, and the lobby shows the figure (在馆 N 人) or 已满 at capacity. A count, never who.
 */
export const OCCUPANCY_MAX = 5000
const Count = Type.Integer({ minimum: 0, maximum: OCCUPANCY_MAX, description: 'people in the room now' })

export const OccupancyInput = Type.Object({ count: Count }, { additionalProperties: false })
export type OccupancyInput = Static<typeof OccupancyInput>

/** A counter device at a room's door reports through its paired screen's token. */
export const ScreenOccupancyInput = Type.Object({ roomId: Id, count: Count }, { additionalProperties: false })
export type ScreenOccupancyInput = Static<typeof ScreenOccupancyInput>

/** The latest count of an open-access room today; full when it reaches the room's capacity. */
export const RoomOccupancy = Type.Object({
  roomId: Id,
  roomName: Type.String(),
  capacity: Type.Integer(),
  count: Type.Integer({ minimum: 0 }),
  full: Type.Boolean(),
  at: Timestamp,
})
export type RoomOccupancy = Static<typeof RoomOccupancy>

export const isFull = (count: number, capacity: number) => count >= capacity
