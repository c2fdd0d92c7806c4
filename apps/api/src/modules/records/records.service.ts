import { randomUUID } from 'node:crypto'
import { MAX_RECORD_PHOTOS, PHOTO_VARIANTS, type RecordCreate, type RecordStatus, type RecordUpdate } from '@linli/contracts'
import type { App } from '../../app-instance'
import type { Database } from '../../db/database'
import { badRequest, conflict, notFound } from '../../plugins/errors'
import { type Actor, assertCenterAccess } from '../auth/policy'
import { CONTENT_TYPES, PHOTO_FORMATS, type ProcessedPhoto, processPhoto } from './photo-processing'
import { photoKey, photoStore } from './photo-store'
import {
  countPhotos, deletePhoto, deleteRecord, findOccurrenceCenter, findRecord, insertPhoto, insertRecord, listPhotos, lockRecord, photoIdsOf, updateRecord,
} from './records.repository'
import { toRecord } from './record-shape'

type Locked = NonNullable<Awaited<ReturnType<typeof lockRecord>>>

const STATUS_WORDS: Record<RecordStatus, string> = { draft: 'a draft', published: 'published', unpublished: 'unpublished' }
const wrongStatus = (status: RecordStatus, doing: string) =>
  conflict('record_wrong_status', `This record is ${STATUS_WORDS[status]}, so it cannot be ${doing}; nothing was changed`)
const consentRequired = () => conflict('record_consent_required',
  'Published records are shown on the lobby screens: confirm that the people in the photos agreed first; nothing was changed')

/** The record as staff see it, with its photos. */
export async function loadRecord(db: Database, id: string) {
  const row = await findRecord(db, id)
  return row && toRecord(row, await listPhotos(db, [id]))
}

async function checkOccurrence(db: Database, centerId: string, occurrenceId: string | null | undefined) {
  if (!occurrenceId) return
  if ((await findOccurrenceCenter(db, occurrenceId)) !== centerId)
    throw badRequest('record_occurrence_not_here', 'The activity date is not one of this center\'s; nothing was saved',
      [{ path: 'body/occurrenceId', message: 'is not an activity date of this center' }])
}

/** Locks the record and checks the actor may change records of its center. */
async function lockForChange(app: App, trx: Database, actor: Actor, id: string): Promise<Locked> {
  const r = await lockRecord(trx, id)
  if (!r) throw notFound('Record')
  await assertCenterAccess(trx, actor, r.center_id, 'manage_activities')
  return r
}

/** Runs a change of one record in a transaction; returns it before and after, and tells the screens when it is (or was) public. */
async function change(app: App, actor: Actor, id: string, apply: (trx: Database, r: Locked) => Promise<void>) {
  const before = await loadRecord(app.db, id)
  const centerId = await app.db.transaction().execute(async (trx) => {
    const r = await lockForChange(app, trx, actor, id)
    await apply(trx, r)
    return r.center_id
  })
  const after = await loadRecord(app.db, id)
  if (before?.status === 'published' || after?.status === 'published') app.realtime.centerChanged(centerId, 'records')
  return { before, after }
}

const consentChanges = (actor: Actor, consent: boolean | undefined, had: boolean, now: Date) =>
  consent === undefined || consent === had ? {}
    : consent ? { consent: true, consent_by: actor.id, consent_at: now } : { consent: false, consent_by: null, consent_at: null }

export async function createRecord(app: App, actor: Actor, centerId: string, body: RecordCreate) {
  await assertCenterAccess(app.db, actor, centerId, 'manage_activities')
  await checkOccurrence(app.db, centerId, body.occurrenceId)
  const now = app.clock()
  const id = await app.db.transaction().execute((trx) => insertRecord(trx, {
    center_id: centerId, title: body.title.trim(), body: body.body ?? '', tags: (body.tags ?? []).map((t) => t.trim()),
    organiser: body.organiser?.trim() || null, occurrence_id: body.occurrenceId ?? null, created_by: actor.id,
    created_at: now, updated_at: now, ...consentChanges(actor, body.consent, false, now),
  }))
  return (await loadRecord(app.db, id))!
}

export function updateRecordFields(app: App, actor: Actor, id: string, body: RecordUpdate) {
  return change(app, actor, id, async (trx, r) => {
    if (body.occurrenceId !== undefined) await checkOccurrence(trx, r.center_id, body.occurrenceId)
    if (r.status === 'published' && body.consent === false) throw consentRequired()
    const now = app.clock()
    await updateRecord(trx, id, {
      ...(body.title !== undefined && { title: body.title.trim() }),
      ...(body.body !== undefined && { body: body.body }),
      ...(body.tags !== undefined && { tags: body.tags.map((t) => t.trim()) }),
      ...(body.organiser !== undefined && { organiser: body.organiser?.trim() || null }),
      ...(body.occurrenceId !== undefined && { occurrence_id: body.occurrenceId }),
      ...consentChanges(actor, body.consent, r.consent, now),
      updated_at: now,
    })
  })
}

export function publishRecord(app: App, actor: Actor, id: string) {
  return change(app, actor, id, async (trx, r) => {
    if (r.status === 'published') throw wrongStatus(r.status, 'published again')
    if (!r.consent) throw consentRequired()
    if ((await countPhotos(trx, id)) === 0)
      throw conflict('record_photos_required', 'A record needs at least one photo before it is published; nothing was changed')
    const now = app.clock()
    await updateRecord(trx, id, { status: 'published', published_at: now, updated_at: now })
  })
}

export function unpublishRecord(app: App, actor: Actor, id: string) {
  return change(app, actor, id, async (trx, r) => {
    if (r.status !== 'published') throw wrongStatus(r.status, 'unpublished')
    await updateRecord(trx, id, { status: 'unpublished', updated_at: app.clock() })
  })
}

/** Deletes a record that is not public (a draft or an unpublished one), its photos and their files, all or nothing. */
export async function removeRecord(app: App, actor: Actor, id: string) {
  const before = await loadRecord(app.db, id)
  await app.db.transaction().execute(async (trx) => {
    const r = await lockForChange(app, trx, actor, id)
    if (r.status === 'published') throw wrongStatus(r.status, 'deleted (unpublish it first)')
    await photoStore(app.config).delete(trx, (await photoIdsOf(trx, id)).flatMap(filesOf))
    await deleteRecord(trx, id)
  })
  return before!
}

const filesOf = (photoId: string) =>
  Object.keys(PHOTO_VARIANTS).flatMap((variant) => PHOTO_FORMATS.map((format) => photoKey(photoId, variant, format)))

export interface Upload {
  name: string
  bytes: Buffer
}

const tooMany = (has: number) => badRequest('too_many_photos',
  `A record has at most ${MAX_RECORD_PHOTOS} photos${has ? ` and this one already has ${has}` : ''}; nothing was saved`,
  [{ path: 'body/photos', message: `at most ${MAX_RECORD_PHOTOS - has} more` }])
export const tooManyPhotos = () => tooMany(0)

/** Checks the actor may add photos to the record, before any file is read or processed. */
export async function assertCanAddPhotos(app: App, actor: Actor, id: string) {
  const r = await findRecord(app.db, id)
  if (!r) throw notFound('Record')
  await assertCenterAccess(app.db, actor, r.center_id, 'manage_activities')
}

/** Adds photos: every file is checked and resized first, then all are stored in one transaction, or none. */
export async function addPhotos(app: App, actor: Actor, id: string, uploads: readonly Upload[]) {
  if (!uploads.length) throw badRequest('photos_required', 'Choose at least one photo; nothing was saved', [{ path: 'body/photos', message: 'no file' }])
  const before = await loadRecord(app.db, id)
  if (before && before.photos.length + uploads.length > MAX_RECORD_PHOTOS) throw tooMany(before.photos.length)
  const processed: ProcessedPhoto[] = []
  for (const u of uploads) processed.push(await processPhoto(u.name, u.bytes))
  return change(app, actor, id, async (trx) => {
    const has = await countPhotos(trx, id)
    if (has + processed.length > MAX_RECORD_PHOTOS) throw tooMany(has)
    const now = app.clock()
    for (const p of processed) {
      const photoId = randomUUID()
      await insertPhoto(trx, { id: photoId, recordId: id, width: p.width, height: p.height, createdAt: now })
      for (const f of p.files) await photoStore(app.config).put(trx, photoKey(photoId, f.variant, f.format), { bytes: f.bytes, contentType: CONTENT_TYPES[f.format] })
    }
    await updateRecord(trx, id, { updated_at: now })
  })
}

export function removePhoto(app: App, actor: Actor, id: string, photoId: string) {
  return change(app, actor, id, async (trx, r) => {
    if (r.status === 'published' && (await countPhotos(trx, id)) <= 1)
      throw conflict('record_photos_required', 'A published record keeps at least one photo; unpublish it to remove the last; nothing was changed')
    if (!(await deletePhoto(trx, id, photoId))) throw notFound('Photo')
    await photoStore(app.config).delete(trx, filesOf(photoId))
    await updateRecord(trx, id, { updated_at: app.clock() })
  })
}
