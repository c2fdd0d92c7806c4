import { type Static, Type } from '@sinclair/typebox'
import { Id, Text, Timestamp } from './common'

/**
 * Activity records (活动纪实): what a center did, with photos, for its lobby screen, the phone pages
 * and the district's figures. draft -> published <-> unpublished; only published records are public,
 * and publishing needs staff to confirm the people shown agreed (consent), since every published
 * record reaches the lobby screens.
 */
export const RECORD_STATUSES = ['draft', 'published', 'unpublished'] as const
export const RecordStatus = Type.Union(RECORD_STATUSES.map((s) => Type.Literal(s)))
export type RecordStatus = Static<typeof RecordStatus>

/** Longest side in pixels: the lobby screen, a phone, a list thumbnail. */
export const PHOTO_VARIANTS = { screen: 1920, phone: 1080, thumb: 320 } as const
export type PhotoVariant = keyof typeof PHOTO_VARIANTS
export const PhotoVariant = Type.Union((Object.keys(PHOTO_VARIANTS) as PhotoVariant[]).map((v) => Type.Literal(v)))

export const MAX_RECORD_PHOTOS = 12
/** Per file, as uploaded (before resizing): a phone camera's JPEG is 3-8 MB. */
export const MAX_PHOTO_BYTES = 15 * 1024 * 1024
export const MAX_RECORD_TAGS = 8

/** The URL of one variant of a photo; the server picks WebP or JPEG from the Accept header. */
export const photoUrl = (photoId: string, variant: PhotoVariant) => `/api/photos/${photoId}/${variant}`

export const RecordPhoto = Type.Object({ id: Id, width: Type.Integer(), height: Type.Integer() })
export type RecordPhoto = Static<typeof RecordPhoto>

/** The activity date a record belongs to, with its attendance as counted by check-ins. */
export const RecordOccurrence = Type.Object({
  id: Id,
  activityId: Id,
  title: Type.String(),
  startsAt: Timestamp,
  endsAt: Timestamp,
  /** People checked in (a check-in may bring companions: its headcount). */
  checkedIn: Type.Integer(),
})
export type RecordOccurrence = Static<typeof RecordOccurrence>

const Tag = Text(20)

/** What the public sees: no staff, no residents, only the center's own words and photos. */
export const PublicRecord = Type.Object({
  id: Id,
  centerId: Id,
  centerName: Type.String(),
  title: Type.String(),
  body: Type.String(),
  tags: Type.Array(Type.String()),
  organiser: Type.Union([Type.String(), Type.Null()]),
  occurrence: Type.Union([RecordOccurrence, Type.Null()]),
  photos: Type.Array(RecordPhoto),
  publishedAt: Timestamp,
  views: Type.Integer(),
})
export type PublicRecord = Static<typeof PublicRecord>

export const ActivityRecord = Type.Object({
  id: Id,
  centerId: Id,
  centerName: Type.String(),
  status: RecordStatus,
  title: Type.String(),
  body: Type.String(),
  tags: Type.Array(Type.String()),
  organiser: Type.Union([Type.String(), Type.Null()]),
  occurrence: Type.Union([RecordOccurrence, Type.Null()]),
  photos: Type.Array(RecordPhoto),
  /** Staff confirmed that the people shown agreed to be shown in public; who and when. */
  consent: Type.Boolean(),
  consentByName: Type.Union([Type.String(), Type.Null()]),
  consentAt: Type.Union([Timestamp, Type.Null()]),
  publishedAt: Type.Union([Timestamp, Type.Null()]),
  views: Type.Integer(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
})
export type ActivityRecord = Static<typeof ActivityRecord>

export const RecordCreate = Type.Object({
  title: Text(80),
  body: Type.Optional(Type.String({ maxLength: 5000 })),
  tags: Type.Optional(Type.Array(Tag, { maxItems: MAX_RECORD_TAGS, uniqueItems: true })),
  organiser: Type.Optional(Type.Union([Text(80), Type.Null()])),
  occurrenceId: Type.Optional(Type.Union([Id, Type.Null()])),
  consent: Type.Optional(Type.Boolean()),
}, { additionalProperties: false })
export type RecordCreate = Static<typeof RecordCreate>

export const RecordUpdate = Type.Partial(RecordCreate, { additionalProperties: false, minProperties: 1 })
export type RecordUpdate = Static<typeof RecordUpdate>

export const RecordListQuery = Type.Object({
  centerId: Id,
  status: Type.Optional(RecordStatus),
}, { additionalProperties: false })
export type RecordListQuery = Static<typeof RecordListQuery>

export const PublicRecordQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
}, { additionalProperties: false })
export type PublicRecordQuery = Static<typeof PublicRecordQuery>

export const CenterRecordParams = Type.Object({ id: Id, recordId: Id }, { additionalProperties: false })
export type CenterRecordParams = Static<typeof CenterRecordParams>

export const RecordPhotoParams = Type.Object({ id: Id, photoId: Id }, { additionalProperties: false })
export type RecordPhotoParams = Static<typeof RecordPhotoParams>

export const PhotoParams = Type.Object({ id: Id, variant: PhotoVariant }, { additionalProperties: false })
export type PhotoParams = Static<typeof PhotoParams>

/**
 * A view from a phone page. A signed-in resident counts as themselves; anyone else by the random id
 * their browser keeps (`deviceId`). Neither is stored: see modules/records/views.ts.
 */
export const RecordViewBody = Type.Object({
  deviceId: Type.Optional(Type.String({ minLength: 8, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' })),
}, { additionalProperties: false })
export type RecordViewBody = Static<typeof RecordViewBody>

export const RecordViews = Type.Object({
  views: Type.Integer(),
  /** Whether this view was new for this viewer today. */
  counted: Type.Boolean(),
})
export type RecordViews = Static<typeof RecordViews>
