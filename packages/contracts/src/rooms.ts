import { type Static, Type } from '@sinclair/typebox'
import { Id, Text, Timestamp } from './common'
import { RoomHours } from './room-hours'

/** Room kinds seen in the field reports (see shared/domain.md). */
export const ROOM_KINDS = [
  'party_activity', 'multi_function', 'book_bar', 'gym', 'chess', 'children_playground',
  'after_school', 'history_hall', 'party_school', 'lecture_hall', 'exhibition_hall',
  'representatives_studio', 'counselling', 'legal_aid', 'mediation', 'incubator',
  'science_station', 'womens_home', 'seniors_home', 'youth_home', 'service_hall',
  'meeting_room', 'other',
] as const
export const RoomKind = Type.Union(ROOM_KINDS.map((k) => Type.Literal(k)))
export type RoomKind = Static<typeof RoomKind>

/** Who may book: residents, staff only, or nobody (open access, occupancy shown only). */
export const ROOM_ACCESS = ['resident', 'staff', 'open'] as const
export const RoomAccess = Type.Union(ROOM_ACCESS.map((a) => Type.Literal(a)))
export type RoomAccess = Static<typeof RoomAccess>

const roomFields = {
  name: Text(60),
  kind: RoomKind,
  capacity: Type.Integer({ minimum: 1, maximum: 5000 }),
  floor: Type.Integer({ minimum: -5, maximum: 200 }),
  amenities: Type.Array(Text(30), { maxItems: 20, uniqueItems: true }),
  access: RoomAccess,
  requiresApproval: Type.Boolean(),
  description: Type.String({ maxLength: 500 }),
  active: Type.Boolean(),
}

export const RoomCreate = Type.Object(
  {
    ...roomFields,
    amenities: Type.Optional(roomFields.amenities),
    requiresApproval: Type.Optional(roomFields.requiresApproval),
    description: Type.Optional(roomFields.description),
    active: Type.Optional(roomFields.active),
    /** A co-building unit's room (驻区单位提供): the unit must work with the center; set only when the room is added. */
    providedByUnitId: Type.Optional(Type.Union([Id, Type.Null()])),
  },
  { additionalProperties: false },
)
export type RoomCreate = Static<typeof RoomCreate>

export const RoomUpdate = Type.Partial(Type.Object({
  ...roomFields,
  /** Accepted only unchanged: a center's own room never becomes a unit's (409 room_of_center), nor the reverse. */
  providedByUnitId: Type.Union([Id, Type.Null()]),
}), {
  additionalProperties: false,
  minProperties: 1,
})
export type RoomUpdate = Static<typeof RoomUpdate>

export const Room = Type.Object({
  id: Id,
  centerId: Id,
  ...roomFields,
  hours: RoomHours,
  /** The co-building unit that provides the room (shown as 「由 X 提供」); null for the center's own. */
  providedBy: Type.Optional(Type.Union([Type.Object({ unitId: Id, name: Type.String() }), Type.Null()])),
  createdAt: Timestamp,
  updatedAt: Timestamp,
})
export type Room = Static<typeof Room>

export const RoomListQuery = Type.Object(
  { includeInactive: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
)
export type RoomListQuery = Static<typeof RoomListQuery>
