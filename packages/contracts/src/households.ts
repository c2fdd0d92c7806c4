import { type Static, Type } from '@sinclair/typebox'
import { Id, Text, Timestamp } from './common'
import { MobilePhone } from './bookings'

/**
 * Households (residents at one address) and organisations (resident units, social organisations,
 * teams), which book together and so share a weekly quota on top of each member's own.
 */

/** Bookings a week for the whole household or organisation; null leaves only each member's own limit. */
export const GroupQuota = Type.Union([Type.Integer({ minimum: 1, maximum: 100 }), Type.Null()])

export const MemberSummary = Type.Object({ residentId: Id, name: Type.String(), maskedPhone: Type.String() })
export type MemberSummary = Static<typeof MemberSummary>

export const Household = Type.Object({
  id: Id, centerId: Id, name: Type.String(), weeklyQuota: GroupQuota, members: Type.Array(MemberSummary), createdAt: Timestamp,
})
export type Household = Static<typeof Household>

export const HouseholdCreate = Type.Object(
  { name: Text(80), weeklyQuota: Type.Optional(GroupQuota), memberIds: Type.Optional(Type.Array(Id, { maxItems: 20, uniqueItems: true })) },
  { additionalProperties: false },
)
export type HouseholdCreate = Static<typeof HouseholdCreate>

export const HouseholdPatch = Type.Object({ name: Type.Optional(Text(80)), weeklyQuota: Type.Optional(GroupQuota) }, { additionalProperties: false })
export type HouseholdPatch = Static<typeof HouseholdPatch>

/** Staff make a household of a family link's two residents in one click (or add one to the other's). */
export const HouseholdFromLink = Type.Object({ familyLinkId: Id, name: Type.Optional(Text(80)) }, { additionalProperties: false })
export type HouseholdFromLink = Static<typeof HouseholdFromLink>

export const MemberAdd = Type.Object({ residentId: Id }, { additionalProperties: false })
export type MemberAdd = Static<typeof MemberAdd>
export const MemberParams = Type.Object({ id: Id, residentId: Id }, { additionalProperties: false })
export type MemberParams = Static<typeof MemberParams>

export const Organisation = Type.Object({
  id: Id,
  /** One center's organisation, or (regionId) one every center in the region may book for. */
  centerId: Type.Union([Id, Type.Null()]),
  regionId: Type.Union([Id, Type.Null()]),
  name: Type.String(),
  contactName: Type.Union([Type.String(), Type.Null()]),
  contactPhone: Type.Union([Type.String(), Type.Null()]),
  /** Whether a booking that asks to publish it may show this name on lobby screens and phone pages. */
  publishName: Type.Boolean(),
  weeklyQuota: GroupQuota,
  members: Type.Array(MemberSummary),
  createdAt: Timestamp,
})
export type Organisation = Static<typeof Organisation>

export const OrganisationCreate = Type.Object(
  {
    name: Text(80),
    contactName: Type.Optional(Type.Union([Text(40), Type.Null()])),
    contactPhone: Type.Optional(Type.Union([MobilePhone, Type.Null()])),
    publishName: Type.Optional(Type.Boolean()),
    weeklyQuota: Type.Optional(GroupQuota),
    memberIds: Type.Optional(Type.Array(Id, { maxItems: 200, uniqueItems: true })),
  },
  { additionalProperties: false },
)
export type OrganisationCreate = Static<typeof OrganisationCreate>

export const OrganisationPatch = Type.Partial(Type.Omit(OrganisationCreate, ['memberIds']), { additionalProperties: false })
export type OrganisationPatch = Static<typeof OrganisationPatch>

/** What a resident's phone offers to book for: their organisations that the room's center serves. */
export const MyOrganisation = Type.Object({ id: Id, name: Type.String(), publishName: Type.Boolean() })
export type MyOrganisation = Static<typeof MyOrganisation>
export const MyOrganisationsQuery = Type.Object({ centerId: Id }, { additionalProperties: false })
export type MyOrganisationsQuery = Static<typeof MyOrganisationsQuery>
