import type { OrganisationCreate, OrganisationPatch } from '@linli/contracts'
import type { App } from '../../app-instance'
import type { Database } from '../../db/database'
import { badRequest, notFound } from '../../plugins/errors'
import { type Actor, assertCenterAccess, assertRegionAccess } from '../auth/policy'
import { findDeskResident } from '../residents/desk-registration.repository'
import {
  type OrganisationRow, addMembers, centersShowing, deleteOrganisation, findOrganisation, insertOrganisation, membersOf, removeMember,
  toOrganisation, updateOrganisation,
} from './organisations.repository'

/** A center's organisation is its staff's to manage; a region's, its district administrators'. */
async function assertManage(db: Database, staff: Actor, o: Pick<OrganisationRow, 'center_id' | 'region_id'>) {
  if (o.center_id) await assertCenterAccess(db, staff, o.center_id, 'register_residents')
  else await assertRegionAccess(db, staff, o.region_id!)
}

export async function loadOrganisation(app: App, staff: Actor, id: string) {
  const o = await findOrganisation(app.db, id)
  if (!o) throw notFound('Organisation')
  await assertManage(app.db, staff, o)
  return o
}

export async function organisationView(db: Database, id: string) {
  const o = (await findOrganisation(db, id))!
  return toOrganisation(o, await membersOf(db, [o.id]))
}

/** Members of a center's organisation are residents the center knows; a region's, any active resident. */
async function assertMembers(db: Database, o: Pick<OrganisationRow, 'center_id'>, residentIds: string[]) {
  for (const id of residentIds) {
    const known = o.center_id
      ? await findDeskResident(db, o.center_id, id)
      : await db.selectFrom('residents').select('id').where('id', '=', id).where('active', '=', true).executeTakeFirst()
    if (!known) throw badRequest('resident_not_here', 'This resident is not known at this center')
  }
}

export async function createOrganisation(app: App, staff: Actor, scope: { centerId: string } | { regionId: string }, body: OrganisationCreate) {
  const row = 'centerId' in scope ? { center_id: scope.centerId, region_id: null } : { center_id: null, region_id: scope.regionId }
  await assertManage(app.db, staff, row)
  await assertMembers(app.db, row, body.memberIds ?? [])
  const id = await app.db.transaction().execute(async (trx) => {
    const o = await insertOrganisation(trx, {
      centerId: row.center_id, regionId: row.region_id, name: body.name, contactName: body.contactName ?? null,
      contactPhone: body.contactPhone ?? null, publishName: body.publishName ?? false, weeklyQuota: body.weeklyQuota ?? null,
    })
    await addMembers(trx, o.id, body.memberIds ?? [])
    return o.id
  })
  return organisationView(app.db, id)
}

export async function patchOrganisation(app: App, staff: Actor, id: string, body: OrganisationPatch) {
  await loadOrganisation(app, staff, id)
  const before = await organisationView(app.db, id)
  const row = await updateOrganisation(app.db, id, body)
  // Its name, or whether it may be shown, changes what lobby screens and phone pages say.
  if (body.name !== undefined || body.publishName !== undefined)
    for (const centerId of await centersShowing(app.db, row)) app.realtime.centerChanged(centerId, 'schedule')
  return { before, after: await organisationView(app.db, id) }
}

/** Refused (409 in_use) while bookings name it: they keep their organisation. */
export async function removeOrganisation(app: App, staff: Actor, id: string) {
  await loadOrganisation(app, staff, id)
  const before = await organisationView(app.db, id)
  await deleteOrganisation(app.db, id)
  return before
}

export async function addOrganisationMember(app: App, staff: Actor, id: string, residentId: string) {
  const o = await loadOrganisation(app, staff, id)
  await assertMembers(app.db, o, [residentId])
  await addMembers(app.db, id, [residentId])
  return organisationView(app.db, id)
}

export async function removeOrganisationMember(app: App, staff: Actor, id: string, residentId: string) {
  await loadOrganisation(app, staff, id)
  if (!(await removeMember(app.db, id, residentId))) throw notFound('Member')
  return organisationView(app.db, id)
}
