import { type Static, Type } from '@sinclair/typebox'
import { Id, Text, Timestamp } from './common'
import { LocalDate } from './activities'

/**
 * Co-building units (驻区单位) and their agreements (共建协议): the offices, enterprises, schools
 * and hospitals of a region that work with its centers (区域化党建). A unit is registered under a
 * region; its partners are the centers and regions it works with; an agreement is signed with one
 * partner for a period, with an optional PDF or photo of the signed page.
 */
export const UNIT_KINDS = ['government', 'enterprise', 'school', 'hospital', 'social_organisation', 'public_institution', 'other'] as const
export const UnitKind = Type.Union(UNIT_KINDS.map((k) => Type.Literal(k)))
export type UnitKind = Static<typeof UnitKind>

/** A mobile number, or a landline with its area code (0371-12345678). */
export const UnitPhone = Type.String({ pattern: '^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$', description: 'mobile or landline with area code' })

const NullableText = (max: number) => Type.Union([Text(max), Type.Null()])

const unitFields = {
  name: Text(80),
  kind: UnitKind,
  contactName: NullableText(40),
  contactPhone: Type.Union([UnitPhone, Type.Null()]),
  address: Type.Union([Type.String({ maxLength: 200 }), Type.Null()]),
  active: Type.Boolean(),
}

export const UnitCreate = Type.Object({
  regionId: Id,
  name: unitFields.name,
  kind: unitFields.kind,
  contactName: Type.Optional(unitFields.contactName),
  contactPhone: Type.Optional(unitFields.contactPhone),
  address: Type.Optional(unitFields.address),
  /** Centers the unit works with (结对共建), each in the unit's region's district. */
  centerIds: Type.Optional(Type.Array(Id, { maxItems: 50, uniqueItems: true })),
}, { additionalProperties: false })
export type UnitCreate = Static<typeof UnitCreate>

export const UnitUpdate = Type.Partial(Type.Object(unitFields), { additionalProperties: false, minProperties: 1 })
export type UnitUpdate = Static<typeof UnitUpdate>

export const UnitListQuery = Type.Object({
  /** Units registered under this region or below it (district administrators). */
  regionId: Type.Optional(Id),
  /** Units working with this center. */
  centerId: Type.Optional(Id),
  kind: Type.Optional(UnitKind),
  q: Type.Optional(Type.String({ maxLength: 40 })),
  active: Type.Optional(Type.Boolean()),
}, { additionalProperties: false })
export type UnitListQuery = Static<typeof UnitListQuery>

/** A center or a region the unit works with. */
export const UnitPartner = Type.Object({
  kind: Type.Union([Type.Literal('center'), Type.Literal('region')]),
  id: Id,
  name: Type.String(),
})
export type UnitPartner = Static<typeof UnitPartner>

export const PartnerInput = Type.Object({
  centerId: Type.Optional(Id),
  regionId: Type.Optional(Id),
}, { additionalProperties: false, minProperties: 1, maxProperties: 1, description: 'exactly one of centerId, regionId' })
export type PartnerInput = Static<typeof PartnerInput>

export const UnitPartnerParams = Type.Object({ id: Id, partnerId: Id }, { additionalProperties: false })
export type UnitPartnerParams = Static<typeof UnitPartnerParams>

/** A room the unit provides to a center's booking system. */
export const ProvidedRoom = Type.Object({ id: Id, name: Type.String(), centerId: Id, centerName: Type.String(), active: Type.Boolean() })
export type ProvidedRoom = Static<typeof ProvidedRoom>

export const CoBuildingUnit = Type.Object({
  id: Id,
  regionId: Id,
  regionName: Type.String(),
  name: Type.String(),
  kind: UnitKind,
  contactName: Type.Union([Type.String(), Type.Null()]),
  contactPhone: Type.Union([Type.String(), Type.Null()]),
  address: Type.Union([Type.String(), Type.Null()]),
  active: Type.Boolean(),
  partners: Type.Array(UnitPartner),
  rooms: Type.Array(ProvidedRoom),
  agreementCount: Type.Integer(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
})
export type CoBuildingUnit = Static<typeof CoBuildingUnit>

/** 未生效 / 生效 / 到期: from the dates and today in the partner's time zone. */
export const AGREEMENT_STATUSES = ['upcoming', 'active', 'expired'] as const
export const AgreementStatus = Type.Union(AGREEMENT_STATUSES.map((s) => Type.Literal(s)))
export type AgreementStatus = Static<typeof AgreementStatus>

/** PDF, or a JPEG/PNG photo of the signed page (its EXIF is stripped when stored). */
export const AGREEMENT_ATTACHMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const
export const MAX_AGREEMENT_ATTACHMENT_BYTES = 10 * 1024 * 1024

const agreementFields = {
  title: Text(80),
  content: Type.String({ maxLength: 5000 }),
  startsOn: LocalDate,
  endsOn: LocalDate,
}

export const AgreementCreate = Type.Object({
  /** The partner: exactly one of centerId, regionId, among the unit's partners. */
  centerId: Type.Optional(Id),
  regionId: Type.Optional(Id),
  title: agreementFields.title,
  content: Type.Optional(agreementFields.content),
  startsOn: agreementFields.startsOn,
  endsOn: agreementFields.endsOn,
}, { additionalProperties: false })
export type AgreementCreate = Static<typeof AgreementCreate>

export const AgreementUpdate = Type.Partial(Type.Object(agreementFields), { additionalProperties: false, minProperties: 1 })
export type AgreementUpdate = Static<typeof AgreementUpdate>

export const AgreementAttachment = Type.Object({
  name: Type.String(),
  contentType: Type.Union(AGREEMENT_ATTACHMENT_TYPES.map((t) => Type.Literal(t))),
  size: Type.Integer(),
})

export const CoBuildingAgreement = Type.Object({
  id: Id,
  unitId: Id,
  unitName: Type.String(),
  partner: UnitPartner,
  title: Type.String(),
  content: Type.String(),
  startsOn: LocalDate,
  endsOn: LocalDate,
  status: AgreementStatus,
  attachment: Type.Union([AgreementAttachment, Type.Null()]),
  createdAt: Timestamp,
  updatedAt: Timestamp,
})
export type CoBuildingAgreement = Static<typeof CoBuildingAgreement>

/** The URL of an agreement's attachment (staff only). */
export const agreementAttachmentUrl = (agreementId: string) => `/api/co-building/agreements/${agreementId}/attachment`
