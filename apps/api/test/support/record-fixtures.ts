import sharp from 'sharp'
import type { App } from '../../src/app-instance'
import type { Database } from '../../src/db/database'
import { photoForm } from './record-photos'

let tiny: Promise<Buffer> | undefined
/** A small JPEG, made once: every upload the matrix and the fuzz send. */
const tinyJpeg = () => (tiny ??= sharp({ create: { width: 32, height: 24, channels: 3, background: '#2e86de' } }).jpeg().toBuffer())

/**
 * Activity records (module records): a fresh record of the side's center per call, with consent
 * and one photo, as a draft or published; written to the tables directly (files too), so a call
 * costs no image processing.
 */
export function recordFixtures(app: App, db: Database, centerId: string) {
  async function insert(status: 'draft' | 'published') {
    const now = app.clock()
    const id = (await db.insertInto('activity_records').values({
      center_id: centerId, title: '活动纪实', consent: true, consent_at: now, created_at: now, updated_at: now,
    }).returning('id').executeTakeFirstOrThrow()).id
    const photoId = crypto.randomUUID()
    await db.insertInto('record_photos').values({ id: photoId, record_id: id, position: 0, width: 32, height: 24, created_at: now }).execute()
    const bytes = await tinyJpeg()
    for (const variant of ['screen', 'phone', 'thumb']) for (const [format, type] of [['webp', 'image/webp'], ['jpeg', 'image/jpeg']] as const)
      await db.insertInto('stored_files').values({ key: `photos/${photoId}/${variant}.${format}`, content_type: type, bytes }).execute()
    if (status === 'published') await db.updateTable('activity_records').set({ status, published_at: now }).where('id', '=', id).execute()
    return { id, photoId }
  }
  const record = async () => (await insert('draft')).id
  const publishedRecord = async () => (await insert('published')).id
  const publishedPhoto = async () => (await insert('published')).photoId
  const draftPhoto = () => insert('draft')
  const photoUpload = async () => photoForm([{ name: 'photo.jpg', bytes: await tinyJpeg() }])
  return { record, publishedRecord, publishedPhoto, draftPhoto, photoUpload }
}
