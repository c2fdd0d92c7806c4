import type { App } from '../../src/app-instance'
import type { Database } from '../../src/db/database'

/** A small but well-formed PDF (header, one page, end-of-file marker). */
export const tinyPdf = () => Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'latin1')

/** A multipart body with one file under "file", as the admin's upload sends it. */
export function attachmentForm(name: string, bytes: Buffer, type = 'application/pdf') {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  return form
}

/**
 * Co-building units (module co-building): a fresh unit registered under the side's region and
 * working with its center per call, and an agreement with that center; written to the tables directly.
 */
export function coBuildingFixtures(app: App, db: Database, centerId: string, regionId: string) {
  const unit = async () => {
    const id = (await db.insertInto('co_building_units').values({ region_id: regionId, name: `单位${Math.random()}`, kind: 'hospital' })
      .returning('id').executeTakeFirstOrThrow()).id
    await db.insertInto('co_building_partners').values({ unit_id: id, center_id: centerId }).execute()
    return id
  }
  const agreement = async () => {
    const unitId = await unit()
    return (await db.insertInto('co_building_agreements').values({
      unit_id: unitId, center_id: centerId, title: '共建协议', starts_on: '2026-01-01', ends_on: '2027-12-31', created_at: app.clock(), updated_at: app.clock(),
    }).returning('id').executeTakeFirstOrThrow()).id
  }
  /** An agreement with a PDF in the file store. */
  const attachedAgreement = async () => {
    const id = await agreement()
    await db.insertInto('stored_files').values({ key: `agreements/${id}/file`, content_type: 'application/pdf', bytes: tinyPdf() }).execute()
    await db.updateTable('co_building_agreements').set({ attachment_name: '协议.pdf', attachment_type: 'application/pdf', attachment_size: tinyPdf().length }).where('id', '=', id).execute()
    return id
  }
  const attachmentUpload = () => attachmentForm('协议.pdf', tinyPdf())
  return { unit, agreement, attachedAgreement, attachmentUpload }
}
