import type { CoBuildingUnit, PartnerInput, UnitCreate, UnitListQuery, UnitUpdate } from '@linli/contracts'
import type { App } from '../../app-instance'
import type { Database } from '../../db/database'
import { badRequest, conflict, forbidden, notFound } from '../../plugins/errors'
import { type Actor, assertCenterAccess, assertRegionAccess } from '../auth/policy'
import { photoStore } from '../records/photo-store'
import { assertPartnerAccess, loadUnitFor } from './access'
import { attachedAgreementIds } from './agreements.repository'
import { attachmentKey } from './attachment-file'
import { toUnits } from './shape'
import {
  deletePartner, deleteUnit, findCenterRegion, findUnit, insertPartner, insertUnit, listUnits, partnerInUse, unitDetails, unitHasRooms, updateUnit,
} from './units.repository'

const duplicateName = () => conflict('duplicate_name', '本区域已有同名的驻区单位 (a unit with this name is already registered in this region)')

/** The database's unique name per region, told as the client's mistake. */
async function nameChecked<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (err) {
    const e = err as { code?: string; constraint?: string }
    if (e.code === '23505' && e.constraint === 'co_building_units_region_name_key') throw duplicateName()
    throw err
  }
}

export async function loadUnits(db: Database, ids: string[]): Promise<CoBuildingUnit[]> {
  if (!ids.length) return []
  const rows = await Promise.all(ids.map((id) => findUnit(db, id)))
  const present = rows.filter((r) => r !== undefined)
  return toUnits(present, await unitDetails(db, present.map((r) => r.id)))
}

export async function loadUnit(db: Database, id: string) {
  const [unit] = await loadUnits(db, [id])
  if (!unit) throw notFound('Co-building unit')
  return unit
}

/** District administrators: units of their region (or a region below it); center roles: their center's. */
export async function searchUnits(db: Database, actor: Actor, q: UnitListQuery) {
  let { regionId, centerId } = q
  if (actor.role === 'district_admin') {
    if (!actor.regionId) throw forbidden('Your account has no region')
    if (regionId) await assertRegionAccess(db, actor, regionId)
    else regionId = actor.regionId
    if (centerId) await assertCenterAccess(db, actor, centerId, 'view_internal')
  } else {
    if (regionId) throw forbidden('Only district administrators list the units of a region')
    centerId ??= actor.centerId ?? undefined
    if (!centerId) throw forbidden('Your account has no center')
    await assertCenterAccess(db, actor, centerId, 'view_internal')
  }
  const rows = await listUnits(db, { ...q, regionId, centerId })
  return toUnits(rows, await unitDetails(db, rows.map((r) => r.id)))
}

/** A partner center or region must lie in the scope of the actor (a district administrator of the unit's region). */
async function checkPartner(db: Database, actor: Actor, p: PartnerInput) {
  if (p.centerId) {
    const center = await findCenterRegion(db, p.centerId)
    if (!center) throw badRequest('partner_unknown', '没有这个中心 (no such center)', [{ path: 'body/centerId', message: 'no such center' }])
  }
  await assertPartnerAccess(db, actor, p)
}

export async function createUnit(app: App, actor: Actor, input: UnitCreate) {
  await assertRegionAccess(app.db, actor, input.regionId)
  for (const centerId of input.centerIds ?? []) await checkPartner(app.db, actor, { centerId })
  const id = await nameChecked(() => app.db.transaction().execute(async (trx) => {
    const { id } = await insertUnit(trx, input, app.clock())
    for (const centerId of input.centerIds ?? []) await insertPartner(trx, id, { centerId })
    return id
  }))
  return loadUnit(app.db, id)
}

export async function changeUnit(app: App, actor: Actor, id: string, input: UnitUpdate) {
  await loadUnitFor(app.db, actor, id, 'write')
  const before = await loadUnit(app.db, id)
  await nameChecked(() => updateUnit(app.db, id, input, app.clock()))
  return { before, after: await loadUnit(app.db, id) }
}

export async function removeUnit(app: App, actor: Actor, id: string) {
  await loadUnitFor(app.db, actor, id, 'write')
  const before = await loadUnit(app.db, id)
  if (await unitHasRooms(app.db, id))
    throw conflict('unit_provides_rooms', `「${before.name}」还在为中心提供活动室，先停用或删除这些活动室，或把单位设为停用 (the unit still provides rooms; deactivate it instead)`)
  await app.db.transaction().execute(async (trx) => {
    const files = (await attachedAgreementIds(trx, id)).map(attachmentKey)
    await photoStore(app.config).delete(trx, files)
    await deleteUnit(trx, id)
  })
  return before
}

export async function addPartner(app: App, actor: Actor, id: string, p: PartnerInput) {
  await loadUnitFor(app.db, actor, id, 'write')
  await checkPartner(app.db, actor, p)
  const before = await loadUnit(app.db, id)
  if (before.partners.some((x) => x.id === (p.centerId ?? p.regionId)))
    throw conflict('already_partner', `「${before.name}」已与它结对共建 (already a partner)`)
  await insertPartner(app.db, id, p)
  return { before, after: await loadUnit(app.db, id) }
}

export async function removePartner(app: App, actor: Actor, id: string, partnerId: string) {
  await loadUnitFor(app.db, actor, id, 'write')
  const before = await loadUnit(app.db, id)
  const inUse = await partnerInUse(app.db, id, partnerId)
  if (inUse.agreement) throw conflict('partner_has_agreements', '与它签有共建协议，先删除这些协议 (agreements were signed with this partner)')
  if (inUse.room) throw conflict('partner_has_rooms', '单位在该中心提供活动室，先删除这些活动室 (the unit provides rooms to this center)')
  if (!(await deletePartner(app.db, id, partnerId))) throw notFound('Partner')
  return { before, after: await loadUnit(app.db, id) }
}

