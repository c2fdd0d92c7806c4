import type { HouseholdCreate, HouseholdFromLink, HouseholdPatch } from '@linli/contracts'
import type { App } from '../../app-instance'
import type { Database } from '../../db/database'
import { badRequest, notFound } from '../../plugins/errors'
import { type Actor, assertCenterAccess } from '../auth/policy'
import { findLink } from '../family/family.repository'
import { findDeskResident } from '../residents/desk-registration.repository'
import {
  addMembers, findHousehold, householdsOfResidents, insertHousehold, membersOf, removeMember, toHousehold, updateHousehold,
} from './households.repository'

/**
 * Households are made by a center's staff: at the desk (居民 page) or in one click from a family
 * link. A family link alone never makes one: a son who books for his mother often lives elsewhere,
 * and a household is about one address, so the desk decides.
 */

const inOtherHousehold = (resident: string, household: string) =>
  badRequest('resident_in_other_household', `${resident} already belongs to the household "${household}"; remove them there first`)

/** Every resident must be known to the center and in no household other than `householdId`. */
async function assertJoinable(db: Database, centerId: string, residentIds: string[], householdId: string | null) {
  for (const id of residentIds) if (!(await findDeskResident(db, centerId, id))) throw badRequest('resident_not_here', 'This resident is not known at this center')
  const other = (await householdsOfResidents(db, residentIds)).find((h) => h.id !== householdId)
  if (other) throw inOtherHousehold(other.resident_name, other.name)
}

export async function loadHousehold(app: App, staff: Actor, id: string) {
  const h = await findHousehold(app.db, id)
  if (!h) throw notFound('Household')
  await assertCenterAccess(app.db, staff, h.center_id, 'register_residents')
  return h
}

export const householdView = async (db: Database, id: string) => {
  const h = (await findHousehold(db, id))!
  return toHousehold(h, await membersOf(db, [h.id]))
}

export async function createHousehold(app: App, staff: Actor, centerId: string, body: HouseholdCreate) {
  await assertCenterAccess(app.db, staff, centerId, 'register_residents')
  const memberIds = body.memberIds ?? []
  await assertJoinable(app.db, centerId, memberIds, null)
  const id = await app.db.transaction().execute(async (trx) => {
    const h = await insertHousehold(trx, { centerId, name: body.name, weeklyQuota: body.weeklyQuota ?? null, staffId: staff.id, now: app.clock() })
    await addMembers(trx, h.id, memberIds, app.clock())
    return h.id
  })
  return householdView(app.db, id)
}

export async function patchHousehold(app: App, staff: Actor, id: string, body: HouseholdPatch) {
  const before = await householdView(app.db, (await loadHousehold(app, staff, id)).id)
  await updateHousehold(app.db, id, body)
  return { before, after: await householdView(app.db, id) }
}

export async function addHouseholdMember(app: App, staff: Actor, id: string, residentId: string) {
  const h = await loadHousehold(app, staff, id)
  await assertJoinable(app.db, h.center_id, [residentId], h.id)
  await addMembers(app.db, h.id, [residentId], app.clock())
  return householdView(app.db, id)
}

export async function removeHouseholdMember(app: App, staff: Actor, id: string, residentId: string) {
  await loadHousehold(app, staff, id)
  if (!(await removeMember(app.db, id, residentId))) throw notFound('Member')
  return householdView(app.db, id)
}

/**
 * One click from a family link: both residents in one household. Neither in one: a new household
 * named after the proxy's family (or the name given); one in a household here: the other joins it.
 */
export async function householdFromLink(app: App, staff: Actor, centerId: string, body: HouseholdFromLink) {
  await assertCenterAccess(app.db, staff, centerId, 'register_residents')
  const link = await findLink(app.db, body.familyLinkId)
  if (!link) throw notFound('Family link')
  const pair = [link.proxy_resident_id, link.member_resident_id]
  const existing = await householdsOfResidents(app.db, pair)
  const ids = new Set(existing.map((h) => h.id))
  if (ids.size > 1) throw inOtherHousehold(existing[1]!.resident_name, existing[1]!.name)
  const home = existing[0]
  if (!home) return { created: true, household: await createHousehold(app, staff, centerId, { name: body.name ?? `${link.proxy_name}家`, memberIds: pair }) }
  if (home.center_id !== centerId) throw inOtherHousehold(home.resident_name, home.name)
  await assertJoinable(app.db, centerId, pair, home.id)
  await addMembers(app.db, home.id, pair, app.clock())
  return { created: false, household: await householdView(app.db, home.id) }
}
