import { localToInstant } from '@linli/schedule'
import { type ResidentImportRow, residentColumns } from '../../spreadsheets/columns/residents'
import { listServingCenter, regionsAbove } from '../organisations/organisations.repository'
import type { Importer, RowOutcome } from './importer'
import { rowErrors } from './importer'
import { firstRowOf } from './in-file'
import {
  addOrganisationMembers, centerTimeZone, householdOf, householdsOfCenter, insertHouseholds, insertOrganisations, insertResidents,
  moveToHouseholds, organisationMemberships, registerAtCenter, registeredAt, residentsByPhone,
} from './residents-import.repository'

interface Plan {
  newResidents: { name: string; phone: string }[]
  registrations: { phone: string; at: Date }[]
  newHouseholds: string[]
  householdMoves: { phone: string; household: string }[]
  newOrganisations: string[]
  memberships: { phone: string; organisation: string }[]
  /** Ids of what exists already, by phone and by name. */
  residentIds: Map<string, string>
  householdIds: Map<string, string>
  organisationIds: Map<string, string>
}

/**
 * Residents by 手机号 (one account per number across the installation): a number without an
 * account gets one without a password; a number this center has not registered is registered;
 * 家庭 and 组织 are found by name in the center (and the regions above it) or made.
 */
export const residentsImporter: Importer<ResidentImportRow, Plan> = {
  kind: 'residents',
  scope: 'center',
  title: '居民',
  centerAction: 'register_residents',
  columns: residentColumns,
  async validate(db, rows, ctx) {
    const centerId = ctx.centerId!
    const problems = rowErrors()
    const firstRow = firstRowOf(rows, (r) => r.values.phone, (row, phone, first) => problems.add(row, '手机号', `手机号 ${phone} 与第 ${first} 行重复，同一文件中每人只能出现一次`))
    const phones = [...firstRow.keys()]
    const accounts = new Map((await residentsByPhone(db, phones)).map((r) => [r.phone, r]))
    const registered = await registeredAt(db, centerId)
    const accountIds = [...accounts.values()].map((a) => a.id)
    const currentHousehold = new Map((await householdOf(db, accountIds)).map((h) => [h.resident_id, h]))
    const households = new Map((await householdsOfCenter(db, centerId)).map((h) => [h.name, h.id]))
    const organisations = new Map((await listServingCenter(db, centerId, await regionsAbove(db, centerId))).reverse().map((o) => [o.name, o.id]))
    const memberOf = new Set((await organisationMemberships(db, accountIds)).map((m) => `${m.resident_id}:${m.organisation_id}`))
    const timeZone = await centerTimeZone(db, centerId)

    const plan: Plan = {
      newResidents: [], registrations: [], newHouseholds: [], householdMoves: [], newOrganisations: [], memberships: [],
      residentIds: new Map([...accounts.values()].map((a) => [a.phone, a.id])), householdIds: households, organisationIds: organisations,
    }
    const newHouseholds = new Set<string>()
    const newOrganisations = new Set<string>()
    const outcomes = rows.map(({ row, values: v }): RowOutcome | undefined => {
      if (firstRow.get(v.phone) !== row) return undefined
      const account = accounts.get(v.phone)
      const known = account !== undefined && registered.has(account.id)
      if (account && !account.active) return void problems.add(row, '手机号', `手机号 ${v.phone} 的账户已注销，不能导入`)
      if (account && account.name !== v.name) {
        // Only this center's own residents' names are shown; another center's stay private.
        return void problems.add(row, '姓名', known ? `手机号 ${v.phone} 已登记为“${account.name}”，与表中“${v.name}”不一致；如要改名请在居民页修改` : `手机号 ${v.phone} 已有账户，登记的姓名与表中“${v.name}”不一致`)
      }
      let changed = false
      if (v.household !== null) {
        const current = account && currentHousehold.get(account.id)
        if (current && current.center_id !== centerId) return void problems.add(row, '家庭', '此人已属于其他中心的一个家庭，不能在这里改动')
        if (!current || current.name !== v.household) {
          if (!households.has(v.household) && !newHouseholds.has(v.household)) newHouseholds.add(v.household)
          plan.householdMoves.push({ phone: v.phone, household: v.household })
          changed = true
        }
      }
      for (const name of v.organisations ?? []) {
        const id = organisations.get(name)
        if (id && account && memberOf.has(`${account.id}:${id}`)) continue
        if (!id) newOrganisations.add(name)
        plan.memberships.push({ phone: v.phone, organisation: name })
        changed = true
      }
      if (!account) plan.newResidents.push({ name: v.name, phone: v.phone })
      if (!known) {
        plan.registrations.push({ phone: v.phone, at: v.registeredOn ? localToInstant(`${v.registeredOn}T00:00`, timeZone) : ctx.now })
        return 'created'
      }
      return changed ? 'updated' : 'unchanged'
    })
    plan.newHouseholds = [...newHouseholds]
    plan.newOrganisations = [...newOrganisations]
    return { outcomes, errors: problems.errors, plan }
  },
  async apply(trx, { plan }, ctx) {
    const centerId = ctx.centerId!
    for (const r of await insertResidents(trx, plan.newResidents)) plan.residentIds.set(r.phone, r.id)
    const id = (phone: string) => plan.residentIds.get(phone)!
    await registerAtCenter(trx, plan.registrations.map((r) => ({ center_id: centerId, resident_id: id(r.phone), registered_by_staff_id: ctx.actor.id, registered_at: r.at })))
    for (const h of await insertHouseholds(trx, centerId, plan.newHouseholds, ctx.actor.id, ctx.now)) plan.householdIds.set(h.name, h.id)
    await moveToHouseholds(trx, plan.householdMoves.map((m) => ({ household_id: plan.householdIds.get(m.household)!, resident_id: id(m.phone) })), ctx.now)
    for (const o of await insertOrganisations(trx, centerId, plan.newOrganisations)) plan.organisationIds.set(o.name, o.id)
    await addOrganisationMembers(trx, plan.memberships.map((m) => ({ organisation_id: plan.organisationIds.get(m.organisation)!, resident_id: id(m.phone) })), ctx.now)
  },
}
