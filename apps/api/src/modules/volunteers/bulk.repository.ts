import type { Database } from '../../db/database'

export const teamsOfCenter = (db: Database, centerId: string) =>
  db.selectFrom('volunteer_teams').select(['id', 'name', 'description', 'active']).where('center_id', '=', centerId).execute()

export async function insertTeams(db: Database, rows: readonly { center_id: string; name: string; description: string; active: boolean }[]) {
  return rows.length ? db.insertInto('volunteer_teams').values([...rows]).returning(['id', 'name']).execute() : []
}

export async function updateTeams(db: Database, updates: readonly { id: string; description?: string; active?: boolean; updated_at: Date }[]) {
  for (const { id, ...changes } of updates) await db.updateTable('volunteer_teams').set(changes).where('id', '=', id).execute()
}

export const membersOfCenter = (db: Database, centerId: string) =>
  db.selectFrom('volunteer_members').select(['id', 'team_id', 'resident_id', 'public_alias', 'leaderboard_consent', 'active'])
    .where('center_id', '=', centerId).execute()

export interface NewMemberRow { team_id: string; center_id: string; resident_id: string; public_alias: string | null; leaderboard_consent: boolean; active: boolean; joined_at?: Date }

export async function insertMembers(db: Database, rows: readonly NewMemberRow[]) {
  for (let i = 0; i < rows.length; i += 1000) await db.insertInto('volunteer_members').values(rows.slice(i, i + 1000)).execute()
}

export async function updateMembers(db: Database, updates: readonly { id: string; public_alias: string | null; leaderboard_consent: boolean; active: boolean }[]) {
  for (const { id, ...changes } of updates) await db.updateTable('volunteer_members').set(changes).where('id', '=', id).execute()
}
