import { localToInstant } from '@linli/schedule'
import { type VolunteerImportRow, volunteerColumns } from '../../spreadsheets/columns/volunteers'
import type { Importer, RowOutcome } from './importer'
import { rowErrors } from './importer'
import { firstRowOf } from './in-file'
import { centerTimeZone, insertResidents, registerAtCenter, registeredAt, residentsByPhone } from './residents-import.repository'
import { type NewMemberRow, insertMembers, insertTeams, membersOfCenter, teamsOfCenter, updateMembers } from '../volunteers/bulk.repository'

interface Plan {
  newResidents: { name: string; phone: string }[]
  registrations: string[]
  newTeams: string[]
  joins: (Omit<NewMemberRow, 'team_id' | 'resident_id'> & { team: string; phone: string })[]
  updates: { id: string; public_alias: string | null; leaderboard_consent: boolean; active: boolean }[]
  residentIds: Map<string, string>
  teamIds: Map<string, string>
}

/** What a lobby screen may show of a volunteer is the alias alone, so it must not reveal who they are (as members.service.ts). */
function aliasProblem(alias: string | null, consent: boolean, name: string, phone: string): string | undefined {
  if (consent && alias === null) return '同意上榜的志愿者需要填写公开昵称'
  if (alias !== null && ((name.length >= 2 && alias.includes(name)) || alias.includes(phone) || /\d{5,}/.test(alias)))
    return '公开昵称不能包含姓名或手机号'
  return undefined
}

/**
 * Members of the center's volunteer teams, by 手机号 and 志愿服务队: a number without an account
 * gets one (no password), a team not yet there is made, a known member is changed where the file says so.
 */
export const volunteersImporter: Importer<VolunteerImportRow, Plan> = {
  kind: 'volunteers',
  scope: 'center',
  title: '志愿者',
  centerAction: 'manage_volunteers',
  publishes: 'participation',
  columns: volunteerColumns,
  async validate(db, rows, ctx) {
    const centerId = ctx.centerId!
    const problems = rowErrors()
    const firstRow = firstRowOf(rows, (r) => `${r.values.team}\n${r.values.phone}`, (row, key, first) =>
      problems.add(row, '手机号', `手机号 ${key.split('\n')[1]} 在“${key.split('\n')[0]}”中与第 ${first} 行重复`))
    const phones = [...new Set(rows.map((r) => r.values.phone))]
    const accounts = new Map((await residentsByPhone(db, phones)).map((r) => [r.phone, r]))
    const registered = await registeredAt(db, centerId)
    const teams = new Map((await teamsOfCenter(db, centerId)).map((t) => [t.name, t]))
    const members = new Map((await membersOfCenter(db, centerId)).map((m) => [`${m.team_id}:${m.resident_id}`, m]))
    const timeZone = await centerTimeZone(db, centerId)
    const plan: Plan = {
      newResidents: [], registrations: [], newTeams: [], joins: [], updates: [],
      residentIds: new Map([...accounts.values()].map((a) => [a.phone, a.id])), teamIds: new Map([...teams.values()].map((t) => [t.name, t.id])),
    }
    const newResidents = new Map<string, { name: string; phone: string }>()
    const registrations = new Set<string>()
    const newTeams = new Set<string>()
    const namesInFile = new Map<string, { name: string; row: number }>()
    const outcomes = rows.map(({ row, values: v }): RowOutcome | undefined => {
      if (firstRow.get(`${v.team}\n${v.phone}`) !== row) return undefined
      const account = accounts.get(v.phone)
      const sameNumber = namesInFile.get(v.phone)
      if (sameNumber && sameNumber.name !== v.name) return void problems.add(row, '姓名', `手机号 ${v.phone} 在第 ${sameNumber.row} 行的姓名是“${sameNumber.name}”，与此行不一致`)
      namesInFile.set(v.phone, { name: v.name, row })
      if (account && !account.active) return void problems.add(row, '手机号', `手机号 ${v.phone} 的账户已注销，不能导入`)
      if (account && account.name !== v.name)
        return void problems.add(row, '姓名', registered.has(account.id) ? `手机号 ${v.phone} 已登记为“${account.name}”，与表中“${v.name}”不一致` : `手机号 ${v.phone} 已有账户，登记的姓名与表中“${v.name}”不一致`)
      const team = teams.get(v.team)
      if (team && !team.active) return void problems.add(row, '志愿服务队', `志愿服务队“${v.team}”已停用，请先在志愿者页启用`)
      const member = team && account ? members.get(`${team.id}:${account.id}`) : undefined
      const alias = v.publicAlias ?? (member ? member.public_alias : null)
      const consent = v.leaderboardConsent ?? member?.leaderboard_consent ?? false
      const aliasError = aliasProblem(alias, consent, v.name, v.phone)
      if (aliasError) return void problems.add(row, '公开昵称', aliasError)
      if (!account) newResidents.set(v.phone, { name: v.name, phone: v.phone })
      if (!account || !registered.has(account.id)) registrations.add(v.phone)
      if (!team) newTeams.add(v.team)
      const active = v.active ?? member?.active ?? true
      if (!member) {
        plan.joins.push({
          team: v.team, phone: v.phone, center_id: centerId, public_alias: alias, leaderboard_consent: consent, active,
          ...(v.joinedOn && { joined_at: localToInstant(`${v.joinedOn}T00:00`, timeZone) }),
        })
        return 'created'
      }
      if (member.public_alias === alias && member.leaderboard_consent === consent && member.active === active) return 'unchanged'
      plan.updates.push({ id: member.id, public_alias: alias, leaderboard_consent: consent, active })
      return 'updated'
    })
    Object.assign(plan, { newResidents: [...newResidents.values()], registrations: [...registrations], newTeams: [...newTeams] })
    return { outcomes, errors: problems.errors, plan }
  },
  async apply(trx, { plan }, ctx) {
    const centerId = ctx.centerId!
    for (const r of await insertResidents(trx, plan.newResidents)) plan.residentIds.set(r.phone, r.id)
    await registerAtCenter(trx, plan.registrations.map((phone) => ({ center_id: centerId, resident_id: plan.residentIds.get(phone)!, registered_by_staff_id: ctx.actor.id, registered_at: ctx.now })))
    for (const t of await insertTeams(trx, plan.newTeams.map((name) => ({ center_id: centerId, name, description: '', active: true })))) plan.teamIds.set(t.name, t.id)
    await insertMembers(trx, plan.joins.map(({ team, phone, ...m }) => ({ ...m, team_id: plan.teamIds.get(team)!, resident_id: plan.residentIds.get(phone)! })))
    await updateMembers(trx, plan.updates)
  },
}
