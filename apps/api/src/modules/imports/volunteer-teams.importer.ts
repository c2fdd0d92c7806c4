import { type VolunteerTeamImportRow, volunteerTeamColumns } from '../../spreadsheets/columns/volunteer-teams'
import type { Importer, RowOutcome } from './importer'
import { rowErrors } from './importer'
import { firstRowOf } from './in-file'
import { insertTeams, teamsOfCenter, updateTeams } from '../volunteers/bulk.repository'

interface Plan {
  creates: { center_id: string; name: string; description: string; active: boolean }[]
  updates: { id: string; description?: string; active?: boolean; updated_at: Date }[]
}

/** Volunteer teams by 团队名称 within the center. */
export const volunteerTeamsImporter: Importer<VolunteerTeamImportRow, Plan> = {
  kind: 'volunteer-teams',
  scope: 'center',
  title: '志愿服务队',
  centerAction: 'manage_volunteers',
  columns: volunteerTeamColumns,
  async validate(db, rows, ctx) {
    const centerId = ctx.centerId!
    const teams = new Map((await teamsOfCenter(db, centerId)).map((t) => [t.name, t]))
    const problems = rowErrors()
    const firstRow = firstRowOf(rows, (r) => r.values.name, (row, name, first) => problems.add(row, '团队名称', `团队“${name}”在第 ${first} 行已有，同一文件中每个团队只能出现一次`))
    const plan: Plan = { creates: [], updates: [] }
    const outcomes = rows.map(({ row, values: v }): RowOutcome | undefined => {
      if (firstRow.get(v.name) !== row) return undefined
      const team = teams.get(v.name)
      if (!team) {
        plan.creates.push({ center_id: centerId, name: v.name, description: v.description ?? '', active: v.active ?? true })
        return 'created'
      }
      const update = {
        id: team.id, updated_at: ctx.now,
        ...(v.description !== null && v.description !== team.description && { description: v.description }),
        ...(v.active !== null && v.active !== team.active && { active: v.active }),
      }
      if (Object.keys(update).length === 2) return 'unchanged'
      plan.updates.push(update)
      return 'updated'
    })
    return { outcomes, errors: problems.errors, plan }
  },
  async apply(trx, { plan }) {
    await insertTeams(trx, plan.creates)
    await updateTeams(trx, plan.updates)
  },
}
