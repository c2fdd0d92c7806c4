import { type Static, Type } from '@sinclair/typebox'
import { Id, Timestamp } from './common'
import { OffsetDateTime } from './activities'
import { RoomKind } from './rooms'

/**
 * Who decides a step of a request: the room's center staff, or the admin of the subdistrict the
 * center lies in (a district_admin scoped to that subdistrict, or to the district above it).
 */
export const APPROVERS = ['center_staff', 'subdistrict_admin'] as const
export const Approver = Type.Union(APPROVERS.map((a) => Type.Literal(a)))
export type Approver = Static<typeof Approver>

/** What happens when nobody decides a step by its deadline: it goes up to the next step, or the request expires. */
export const ApprovalLapse = Type.Union([Type.Literal('escalate'), Type.Literal('expire')])
export type ApprovalLapse = Static<typeof ApprovalLapse>

/**
 * When a step applies (any one condition is enough; no condition: always). The first step always
 * applies. outsideCenterHours: the booking runs outside the center's own opening hours (a room such
 * as the gym may keep longer hours of its own).
 */
export const ApprovalCondition = Type.Object(
  {
    headcountOver: Type.Optional(Type.Integer({ minimum: 1, maximum: 5000 })),
    organisation: Type.Optional(Type.Boolean()),
    outsideCenterHours: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
)
export type ApprovalCondition = Static<typeof ApprovalCondition>

export const ApprovalStep = Type.Object(
  {
    approver: Approver,
    deadlineHours: Type.Integer({ minimum: 1, maximum: 720, description: 'the step lapses this many hours after it starts' }),
    onLapse: ApprovalLapse,
    when: Type.Optional(ApprovalCondition),
  },
  { additionalProperties: false },
)
export type ApprovalStep = Static<typeof ApprovalStep>

/** A room's chain (roomId) or a room kind's in one center (roomKind); the room's overrides its kind's. */
export const ApprovalChain = Type.Object({
  id: Id,
  centerId: Id,
  roomId: Type.Union([Id, Type.Null()]),
  roomKind: Type.Union([RoomKind, Type.Null()]),
  steps: Type.Array(ApprovalStep),
  updatedAt: Timestamp,
})
export type ApprovalChain = Static<typeof ApprovalChain>

/** Set the chain of one room or of a room kind in the center (exactly one of roomId and roomKind). */
export const ApprovalChainPut = Type.Object(
  {
    roomId: Type.Optional(Id),
    roomKind: Type.Optional(RoomKind),
    steps: Type.Array(ApprovalStep, { minItems: 1, maxItems: 4 }),
  },
  { additionalProperties: false },
)
export type ApprovalChainPut = Static<typeof ApprovalChainPut>

/** A step as a request carries it: who decides (named: the center, or the subdistrict) and how long they have. */
export const BookingApprovalStep = Type.Object({
  approver: Approver,
  /** The center's name, or the subdistrict's. */
  approverName: Type.String(),
  deadlineHours: Type.Integer(),
  onLapse: ApprovalLapse,
  /** false: the step's condition does not hold, so it is reached only if the step before lapses and escalates. */
  applies: Type.Boolean(),
})
export type BookingApprovalStep = Static<typeof BookingApprovalStep>

/** Where a request stands: the step it waits at (1-based) of its steps, and when that step lapses. */
export const BookingApproval = Type.Object({
  step: Type.Integer({ minimum: 1 }),
  steps: Type.Array(BookingApprovalStep),
  dueAt: Type.Union([OffsetDateTime, Type.Null()]),
})
export type BookingApproval = Static<typeof BookingApproval>

export const approverLabels: Record<Approver, { 'zh-CN': string; en: string }> = {
  center_staff: { 'zh-CN': '中心工作人员', en: 'Center staff' },
  subdistrict_admin: { 'zh-CN': '街道管理员', en: 'Subdistrict admin' },
}
