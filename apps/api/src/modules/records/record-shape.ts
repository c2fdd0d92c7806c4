import { formatOffset } from '@linli/schedule'
import type { ActivityRecord, PublicRecord, RecordOccurrence, RecordPhoto } from '@linli/contracts'
import type { RecordRow } from './records.repository'

type PhotoRow = { id: string; record_id: string; width: number; height: number }

const occurrenceOf = (r: RecordRow): RecordOccurrence | null =>
  r.occurrence_id && r.activity_id && r.starts_at && r.ends_at
    ? {
        id: r.occurrence_id, activityId: r.activity_id, title: r.activity_title ?? '', checkedIn: Number(r.checked_in),
        startsAt: formatOffset(r.starts_at, r.time_zone), endsAt: formatOffset(r.ends_at, r.time_zone),
      }
    : null

const photosOf = (r: RecordRow, photos: readonly PhotoRow[]): RecordPhoto[] =>
  photos.filter((p) => p.record_id === r.id).map((p) => ({ id: p.id, width: p.width, height: p.height }))

/** The public shape: the center's words and photos, nobody's name. */
export const toPublicRecord = (r: RecordRow, photos: readonly PhotoRow[]): PublicRecord => ({
  id: r.id, centerId: r.center_id, centerName: r.center_name, title: r.title, body: r.body, tags: r.tags, organiser: r.organiser,
  occurrence: occurrenceOf(r), photos: photosOf(r, photos), publishedAt: (r.published_at ?? r.updated_at).toISOString(), views: Number(r.views),
})

export const toRecord = (r: RecordRow, photos: readonly PhotoRow[]): ActivityRecord => ({
  id: r.id, centerId: r.center_id, centerName: r.center_name, status: r.status, title: r.title, body: r.body, tags: r.tags,
  organiser: r.organiser, occurrence: occurrenceOf(r), photos: photosOf(r, photos), consent: r.consent,
  consentByName: r.consent ? r.consent_by_name : null, consentAt: r.consent ? (r.consent_at?.toISOString() ?? null) : null,
  publishedAt: r.published_at?.toISOString() ?? null, views: Number(r.views),
  createdAt: r.created_at.toISOString(), updatedAt: r.updated_at.toISOString(),
})
