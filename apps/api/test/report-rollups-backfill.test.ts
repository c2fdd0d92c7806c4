import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import type { Database } from '../src/db/database'
import { emptyDatabase, migrationBefore, migrator } from './support/migration-database'

const FIRST_ROLLUPS = '2026_12_07_1500_report_rollups'
const TABLES = ['report_month_activity', 'report_month_residents', 'report_month_bookings', 'report_month_room_use', 'report_month_service', 'report_month_volunteers',
  'report_day_activity', 'report_day_residents', 'report_month_resident_days', 'report_month_people']

/** Every roll-up row, as sorted text: what a report would read. */
async function rollups(db: Database) {
  const out: Record<string, string[]> = {}
  for (const t of TABLES) out[t] = (await sql<{ r: string }>`select t::text as r from ${sql.table(t)} t order by 1`.execute(db)).rows.map((x) => x.r)
  return out
}

describe('upgrading an installation that already has a year of use', () => {
  it('fills the report roll-ups from the rows already there, as a recount would, so past months do not read as zero', async () => {
    const { db, drop } = await emptyDatabase()
    try {
      const before = migrationBefore(FIRST_ROLLUPS)
      expect((await migrator(db).migrateTo(before)).error).toBeUndefined()
      const one = async <T>(q: ReturnType<typeof sql<T>>) => (await q.execute(db)).rows[0]!
      const region = await one<{ id: string }>(sql`insert into regions (level, name) values ('district', '金水区') returning id`)
      const center = await one<{ id: string }>(sql`insert into centers (region_id, name, address, area_m2) values (${region.id}, '凤凰台', '郑州', 1000) returning id`)
      const room = await one<{ id: string }>(sql`insert into rooms (center_id, name, kind, capacity, access) values (${center.id}, '多功能厅', 'multi_function', 40, 'resident') returning id`)
      const resident = await one<{ id: string }>(sql`insert into residents (name, phone, password_hash) values ('刘建国', '13800000002', 'x') returning id`)
      const activity = await one<{ id: string }>(sql`insert into activities (center_id, title, category, organiser_kind, organiser_name, room_id, starts_local, ends_local, status, capacity)
        values (${center.id}, '健康讲座', 'health', 'center', '中心', ${room.id}, '2026-10-15 09:00', '2026-10-15 11:00', 'published', 40) returning id`)
      const occurrence = await one<{ id: string }>(sql`insert into occurrences (activity_id, center_id, room_id, recurrence_local, starts_at, ends_at)
        values (${activity.id}, ${center.id}, ${room.id}, '2026-10-15 09:00', '2026-10-15T01:00:00Z', '2026-10-15T03:00:00Z') returning id`)
      await sql`insert into check_ins (occurrence_id, center_id, resident_id, method, checked_in_at) values (${occurrence.id}, ${center.id}, ${resident.id}, 'qr', '2026-10-15T01:05:00Z')`.execute(db)
      await sql`insert into bookings (room_id, center_id, resident_id, purpose, headcount, starts_at, ends_at, status)
        values (${room.id}, ${center.id}, ${resident.id}, '排练', 10, '2026-10-16T06:00:00Z', '2026-10-16T08:00:00Z', 'completed')`.execute(db)
      await sql`insert into service_requests (center_id, received_at, category, description, status, closed_at)
        values (${center.id}, '2026-10-17T02:00:00Z', 'policy', '咨询', 'resolved_on_spot', '2026-10-17T02:00:00Z')`.execute(db)
      const team = await one<{ id: string }>(sql`insert into volunteer_teams (center_id, name) values (${center.id}, '志愿服务队') returning id`)
      const member = await one<{ id: string }>(sql`insert into volunteer_members (team_id, center_id, resident_id, public_alias) values (${team.id}, ${center.id}, ${resident.id}, '老刘') returning id`)
      await sql`insert into volunteer_service (member_id, center_id, served_at, minutes, points) values (${member.id}, ${center.id}, '2026-10-18T01:00:00Z', 90, 10)`.execute(db)

      expect((await migrator(db).migrateToLatest()).error).toBeUndefined()
      const upgraded = await rollups(db)
      // Every roll-up holds October's figures...
      for (const t of TABLES) expect(upgraded[t], t).toHaveLength(1)
      expect(upgraded.report_month_activity![0]).toContain('2026-10-01')
      // ...and exactly what a recount from the raw rows gives.
      await db.transaction().execute((trx) => sql`select report_rollups_rebuild(null)`.execute(trx))
      expect(await rollups(db)).toEqual(upgraded)
    } finally {
      await drop()
    }
  }, 120_000)
})
