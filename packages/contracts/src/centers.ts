import { type Static, Type } from '@sinclair/typebox'
import { Id, Text, Timestamp } from './common'

export const LocalTime = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'HH:mm, 24-hour' })

/** One opening interval on an ISO weekday (1 = Monday … 7 = Sunday); a day with none is closed. */
export const OpeningInterval = Type.Object(
  { weekday: Type.Integer({ minimum: 1, maximum: 7 }), opens: LocalTime, closes: LocalTime },
  { additionalProperties: false },
)
export type OpeningInterval = Static<typeof OpeningInterval>
export const OpeningHours = Type.Array(OpeningInterval, { maxItems: 21 })
export type OpeningHours = Static<typeof OpeningHours>

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai'
/** An IANA time zone name, checked against the runtime's tz database by the `time-zone` format. */
export const TimeZone = Type.String({ format: 'time-zone', maxLength: 64, examples: ['Asia/Shanghai'] })

const centerFields = {
  regionId: Id,
  name: Text(100),
  address: Text(200),
  areaM2: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
  timeZone: TimeZone,
  openingHours: OpeningHours,
  contactName: Type.Union([Text(40), Type.Null()]),
  contactPhone: Type.Union([Type.String({ pattern: '^[0-9+\\-() ]{5,20}$' }), Type.Null()]),
}

export const CenterCreate = Type.Object(
  {
    ...centerFields,
    timeZone: Type.Optional(TimeZone),
    openingHours: Type.Optional(OpeningHours),
    contactName: Type.Optional(centerFields.contactName),
    contactPhone: Type.Optional(centerFields.contactPhone),
  },
  { additionalProperties: false },
)
export type CenterCreate = Static<typeof CenterCreate>

export const CenterUpdate = Type.Partial(Type.Object(centerFields, { additionalProperties: false }), {
  additionalProperties: false,
  minProperties: 1,
})
export type CenterUpdate = Static<typeof CenterUpdate>

export const Center = Type.Object({
  id: Id,
  ...centerFields,
  regionName: Type.String(),
  roomCount: Type.Integer(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
})
export type Center = Static<typeof Center>

export const CenterListQuery = Type.Object(
  { regionId: Type.Optional(Id) },
  { additionalProperties: false },
)
export type CenterListQuery = Static<typeof CenterListQuery>
