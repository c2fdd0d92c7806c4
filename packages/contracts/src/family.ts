import { type Static, Type } from '@sinclair/typebox'
import { Id, Timestamp } from './common'
import { MobilePhone } from './bookings'
import { PhoneCode } from './phone-codes'

/*
 * Family proxies (代预约): a resident (the proxy) books rooms, signs up, cancels and checks in for
 * a family member. The member proves consent by telling the proxy an SMS code sent to their
 * number, or staff link the two at the desk. Either of them can unlink at any time.
 */

/** At most this many members per proxy, and proxies per member (the database enforces both). */
export const FAMILY_LIMIT = 5

/** The proxy asks for a 'family_link' code to be sent to the member's number (the same answer for every number). */
export const FamilyCodeRequest = Type.Object({ phone: MobilePhone }, { additionalProperties: false })
export type FamilyCodeRequest = Static<typeof FamilyCodeRequest>

/** The proxy types the code the member read out: the link is made. */
export const FamilyLinkCreate = Type.Object({ phone: MobilePhone, code: PhoneCode }, { additionalProperties: false })
export type FamilyLinkCreate = Static<typeof FamilyLinkCreate>

/** Staff at the desk link two residents by their numbers (audited). */
export const StaffFamilyLinkCreate = Type.Object({ proxyPhone: MobilePhone, memberPhone: MobilePhone }, { additionalProperties: false })
export type StaffFamilyLinkCreate = Static<typeof StaffFamilyLinkCreate>

export const FamilyLinkMethod = Type.Union([Type.Literal('sms_code'), Type.Literal('staff')])
export type FamilyLinkMethod = Static<typeof FamilyLinkMethod>

/** One link: the proxy acts for the member. */
export const FamilyLink = Type.Object({
  id: Id,
  proxyResidentId: Id,
  proxyName: Type.String(),
  proxyPhone: Type.String(),
  memberResidentId: Id,
  memberName: Type.String(),
  memberPhone: Type.String(),
  linkedBy: FamilyLinkMethod,
  /** The center whose staff linked them, for desk links. */
  centerId: Type.Union([Id, Type.Null()]),
  createdAt: Timestamp,
})
export type FamilyLink = Static<typeof FamilyLink>

/** The signed-in resident's links: whom they act for, and who acts for them. */
export const Family = Type.Object({
  /** Residents I act for (I am the proxy). */
  members: Type.Array(FamilyLink),
  /** Residents who act for me (I am the member). */
  proxies: Type.Array(FamilyLink),
  limit: Type.Integer(),
})
export type Family = Static<typeof Family>

/**
 * Acting for a member: `forResidentId` in the body of a booking or sign-up, or in the query of
 * check-ins and of the resident's own lists and quota. Absent means the signed-in resident.
 */
export const ForResidentId = Type.Optional(Id)
export const ForResidentQuery = Type.Object({ forResidentId: ForResidentId }, { additionalProperties: false })
export type ForResidentQuery = Static<typeof ForResidentQuery>

// Family answers: 400 `family_self` (your own number), 409 `family_already_linked`, 409 `family_limit`
// (FAMILY_LIMIT reached on either side), 403 `family_not_linked` (acting for someone who is not, or no
// longer, linked to you), and the code answers of phone-codes.ts. A refusal while acting for a member
// names them in `details` ({ path: 'forResidentId', message: <member's name> }).

/**
 * A link as staff see it, in every staff answer (one resident's links, the center's list, a link made
 * by numbers) and the audit log: names, numbers masked (the desk confirms the last four digits with the resident).
 */
export const DeskFamilyLink = Type.Object({
  id: Id,
  proxyResidentId: Id,
  proxyName: Type.String(),
  proxyMaskedPhone: Type.String(),
  memberResidentId: Id,
  memberName: Type.String(),
  memberMaskedPhone: Type.String(),
  linkedBy: FamilyLinkMethod,
  /** The center whose desk linked them; staff end only links their own desk made. */
  centerId: Type.Union([Id, Type.Null()]),
  createdAt: Timestamp,
})
export type DeskFamilyLink = Static<typeof DeskFamilyLink>

/** One resident's links, for the desk: whom they act for (members) and who acts for them (proxies). */
export const DeskFamily = Type.Object({ members: Type.Array(DeskFamilyLink), proxies: Type.Array(DeskFamilyLink), limit: Type.Integer() })
export type DeskFamily = Static<typeof DeskFamily>

/** `acts_for`: the resident of the path acts for the other; `acted_for`: the other acts for them. */
export const DeskFamilyDirection = Type.Union([Type.Literal('acts_for'), Type.Literal('acted_for')])
export type DeskFamilyDirection = Static<typeof DeskFamilyDirection>

/** Staff link the resident of the path with another resident the center knows. */
export const DeskFamilyLinkCreate = Type.Object({ otherResidentId: Id, direction: DeskFamilyDirection }, { additionalProperties: false })
export type DeskFamilyLinkCreate = Static<typeof DeskFamilyLinkCreate>
