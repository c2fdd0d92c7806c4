import { randomUUID } from 'node:crypto'
import type { Database } from '../db/database'
import { CONTENT_TYPES, type ProcessedPhoto, loadSharp, processPhoto } from '../modules/records/photo-processing'
import { type PhotoStore, photoKey } from '../modules/records/photo-store'
import { insertPhoto, insertRecord, updateRecord } from '../modules/records/records.repository'

/** Two records per center, with their own generated photos; the first belongs to the center's latest activity date. */
const RECORDS = [
  { title: '{activity}活动纪实', body: '居民朋友们积极参与，现场气氛热烈。感谢志愿者和工作人员的辛勤付出！', tags: ['活动风采'], organiser: '社区第一党支部', colours: ['#c0392b', '#e67e22'] },
  { title: '党员志愿者清理楼道', body: '周末，党员志愿者来到老旧小区，帮助居民清理楼道杂物，消除安全隐患。', tags: ['志愿服务', '党员先锋'], organiser: '社区党委', colours: ['#1f6f8b'] },
] as const

/** A simple picture made at seed time: a coloured scene with a few figures and a caption in Latin letters (any font has them). */
async function demoPicture(colour: string, caption: string, seed: number) {
  const people = Array.from({ length: 5 }, (_, i) => {
    const x = 180 + i * 230 + ((seed * 37 + i * 53) % 60)
    return `<circle cx="${x}" cy="560" r="55" fill="#fbe3c4"/><rect x="${x - 70}" y="625" width="140" height="200" rx="40" fill="#ffffffcc"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="960">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${colour}"/><stop offset="1" stop-color="#2c3e50"/></linearGradient></defs>
    <rect width="1280" height="960" fill="url(#g)"/><rect x="120" y="120" width="1040" height="160" rx="20" fill="#ffffff33"/>
    ${people}
    <text x="640" y="225" font-size="72" font-family="sans-serif" font-weight="700" fill="#fff" text-anchor="middle">${caption}</text>
  </svg>`
  const sharp = await loadSharp()
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer()
}

/**
 * Published records of each demo center, as staff would have written them, with photos processed like
 * uploads. A picture of one colour and caption is drawn and processed once and stored for every center
 * that shows it: processing was a third of the demo's seeding time, which every test server pays.
 */
export async function seedDemoRecords(db: Database, now: Date, photos: PhotoStore) {
  const centers = await db.selectFrom('centers').select(['id']).orderBy('name').execute()
  const processed = new Map<string, Promise<ProcessedPhoto>>()
  const photo = (colour: string, caption: string, seed: number) => {
    const key = `${colour} ${caption}`
    if (!processed.has(key)) processed.set(key, demoPicture(colour, caption, seed).then((bytes) => processPhoto('demo.jpg', bytes)))
    return processed.get(key)!
  }
  for (const center of centers) {
    const manager = await db.selectFrom('staff').select('id').where('center_id', '=', center.id).where('role', '=', 'center_manager').executeTakeFirst()
    const latest = await db.selectFrom('occurrences as o').innerJoin('activities as a', 'a.id', 'o.activity_id')
      .select(['o.id', 'a.title', 'o.ends_at']).where('o.center_id', '=', center.id).where('o.ends_at', '<', now).where('o.status', '=', 'scheduled')
      .orderBy('o.ends_at', 'desc').limit(1).executeTakeFirst()
    for (const [i, r] of RECORDS.entries()) {
      const occurrence = i === 0 ? latest : undefined
      if (i === 0 && !occurrence) continue
      // The older record first, so the list reads newest first.
      const at = new Date(now.getTime() - (RECORDS.length - i) * 3_600_000)
      const id = await insertRecord(db, {
        center_id: center.id, occurrence_id: occurrence?.id ?? null, title: r.title.replace('{activity}', occurrence?.title ?? ''), body: r.body,
        tags: [...r.tags], organiser: r.organiser, consent: true, consent_by: manager?.id ?? null, consent_at: at,
        created_by: manager?.id ?? null, created_at: at, updated_at: at,
      })
      for (const [c, colour] of r.colours.entries()) {
        const picture = await photo(colour, `Linli ${at.toISOString().slice(0, 10)}`, i * 2 + c)
        const photoId = randomUUID()
        await insertPhoto(db, { id: photoId, recordId: id, width: picture.width, height: picture.height, createdAt: at })
        for (const f of picture.files) await photos.put(db, photoKey(photoId, f.variant, f.format), { bytes: f.bytes, contentType: CONTENT_TYPES[f.format] })
      }
      await updateRecord(db, id, { status: 'published', published_at: at, updated_at: at })
    }
  }
}
