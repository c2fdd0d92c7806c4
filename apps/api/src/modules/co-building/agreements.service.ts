import type { AgreementCreate, AgreementUpdate, CoBuildingAgreement } from '@linli/contracts'
import { localDateOf } from '@linli/schedule'
import type { App } from '../../app-instance'
import { badRequest, forbidden, notFound } from '../../plugins/errors'
import type { Actor } from '../auth/policy'
import { photoStore } from '../records/photo-store'
import { agreementCenterFilter, assertPartnerAccess, loadUnitFor } from './access'
import { deleteAgreement, findAgreement, insertAgreement, listAgreements, setAttachment, updateAgreement } from './agreements.repository'
import { attachmentKey, prepareAttachment } from './attachment-file'
import { toAgreement } from './shape'
import { unitWorksWithCenter, unitWorksWithRegion } from './units.repository'

/** Agreements' status is told in China's time: the day a district's staff see on their wall calendar. */
const today = (app: App) => localDateOf(app.clock(), 'Asia/Shanghai')

const invertedDates = () => badRequest('agreement_dates', '结束日期不能早于开始日期 (the end date is before the start date)', [{ path: 'body/endsOn', message: 'before the start date' }])

export async function unitAgreements(app: App, actor: Actor, unitId: string) {
  await loadUnitFor(app.db, actor, unitId, 'read')
  const rows = await listAgreements(app.db, unitId, agreementCenterFilter(actor))
  return rows.map((r) => toAgreement(r, today(app)))
}

/** The agreement, if the actor may see it (`write`: change it, as its partner's manager or district administrator). */
export async function agreementFor(app: App, actor: Actor, id: string, mode: 'read' | 'write') {
  const row = await findAgreement(app.db, id)
  if (!row) throw notFound('Agreement')
  await loadUnitFor(app.db, actor, row.unit_id, 'read')
  const own = agreementCenterFilter(actor)
  if (own && row.center_id !== own) throw forbidden('This agreement is not with your center')
  if (mode === 'write') await assertPartnerAccess(app.db, actor, { centerId: row.center_id, regionId: row.region_id })
  return toAgreement(row, today(app))
}

export async function createAgreement(app: App, actor: Actor, unitId: string, input: AgreementCreate): Promise<CoBuildingAgreement> {
  await loadUnitFor(app.db, actor, unitId, 'read')
  if ((input.centerId === undefined) === (input.regionId === undefined))
    throw badRequest('agreement_partner', '请选择签约的中心或区域（二选一）(choose the partner center or region)', [{ path: 'body/centerId', message: 'exactly one of centerId, regionId' }])
  if (input.endsOn < input.startsOn) throw invertedDates()
  await assertPartnerAccess(app.db, actor, input)
  const isPartner = input.centerId ? await unitWorksWithCenter(app.db, unitId, input.centerId) : await unitWorksWithRegion(app.db, unitId, input.regionId!)
  if (!isPartner)
    throw badRequest('agreement_partner', '协议只能与该单位的共建对象签订 (the partner does not work with this unit)', [{ path: 'body/centerId', message: 'not a partner of the unit' }])
  const { id } = await insertAgreement(app.db, unitId, input, actor.id, app.clock())
  return agreementFor(app, actor, id, 'read')
}

export async function changeAgreement(app: App, actor: Actor, id: string, input: AgreementUpdate) {
  const before = await agreementFor(app, actor, id, 'write')
  if ((input.endsOn ?? before.endsOn) < (input.startsOn ?? before.startsOn)) throw invertedDates()
  await updateAgreement(app.db, id, input, app.clock())
  return { before, after: await agreementFor(app, actor, id, 'read') }
}

export async function removeAgreement(app: App, actor: Actor, id: string) {
  const before = await agreementFor(app, actor, id, 'write')
  await app.db.transaction().execute(async (trx) => {
    if (before.attachment) await photoStore(app.config).delete(trx, [attachmentKey(id)])
    await deleteAgreement(trx, id)
  })
  return before
}

/** Replaces the attachment: the file and its columns change in one transaction, or neither does. */
export async function attach(app: App, actor: Actor, id: string, upload: { name: string; bytes: Buffer }) {
  const before = await agreementFor(app, actor, id, 'write')
  const file = await prepareAttachment(upload.bytes)
  // No folders and no control characters in the name a download is offered under.
  const name = [...upload.name].map((c) => (c < ' ' || c === '/' || c === '\\' ? '_' : c)).join('').slice(-120) || 'attachment'
  await app.db.transaction().execute(async (trx) => {
    const store = photoStore(app.config)
    await store.delete(trx, [attachmentKey(id)])
    await store.put(trx, attachmentKey(id), { bytes: file.bytes, contentType: file.type })
    await setAttachment(trx, id, { name, type: file.type, size: file.bytes.length }, app.clock())
  })
  return { before, after: await agreementFor(app, actor, id, 'read') }
}

export async function detach(app: App, actor: Actor, id: string) {
  const before = await agreementFor(app, actor, id, 'write')
  await app.db.transaction().execute(async (trx) => {
    await photoStore(app.config).delete(trx, [attachmentKey(id)])
    await setAttachment(trx, id, null, app.clock())
  })
  return { before, after: await agreementFor(app, actor, id, 'read') }
}
