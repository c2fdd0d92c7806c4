import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { emptyDatabase, migrationBefore, migrator } from './support/migration-database'

const MINE = '2026_12_07_0200_households_organisations'

describe('the households and organisations migration', () => {
  it('turns free-text organisation names into one organisation per name per center, keeping what screens showed', async () => {
    const { db, drop } = await emptyDatabase()
    try {
      const before = migrationBefore(MINE)
      const { error } = await migrator(db).migrateTo(before)
      expect(error).toBeUndefined()
      const one = async <T>(q: ReturnType<typeof sql<T>>) => (await q.execute(db)).rows[0]!
      const region = await one<{ id: string }>(sql`insert into regions (level, name) values ('district', '金水区') returning id`)
      const center = async (name: string) => (await one<{ id: string }>(sql`insert into centers (region_id, name, address, area_m2) values (${region.id}, ${name}, '郑州', 1000) returning id`)).id
      const [a, b] = [await center('凤凰台'), await center('经八路')]
      const room = async (centerId: string) => (await one<{ id: string }>(sql`insert into rooms (center_id, name, kind, capacity, access) values (${centerId}, '会议室', 'meeting_room', 20, 'resident') returning id`)).id
      const [roomA, roomB] = [await room(a), await room(b)]
      const resident = async (name: string, phone: string, org: string | null) =>
        (await one<{ id: string }>(sql`insert into residents (name, phone, password_hash, organisation_name) values (${name}, ${phone}, 'x', ${org}) returning id`)).id
      const liu = await resident('刘建国', '13800000002', '夕阳红合唱团')
      const zhao = await resident('赵丽', '13800000003', '广场舞队')
      let day = 1
      const booking = (roomId: string, centerId: string, residentId: string | null, org: string | null, publish: boolean) => sql`
        insert into bookings (room_id, center_id, resident_id, purpose, headcount, organisation_name, publish_organisation, starts_at, ends_at, status)
        values (${roomId}, ${centerId}, ${residentId}, '排练', 10, ${org}, ${publish}, ${`2026-10-0${day}T01:00:00Z`}, ${`2026-10-0${day++}T02:00:00Z`}, 'completed')`.execute(db)
      await booking(roomA, a, liu, '夕阳红合唱团', true)
      await booking(roomA, a, null, ' 夕阳红合唱团 ', false)
      await booking(roomB, b, null, '夕阳红合唱团', false)
      await booking(roomA, a, null, '楼栋议事会', false)
      await booking(roomA, a, zhao, null, false)

      const { error: later } = await migrator(db).migrateToLatest()
      expect(later).toBeUndefined()

      const orgs = await db.selectFrom('organisations as o').innerJoin('centers as c', 'c.id', 'o.center_id')
        .select(['c.name as center', 'o.name', 'o.publish_name']).orderBy('c.name').orderBy('o.name').execute()
      expect(orgs).toEqual([
        { center: '凤凰台', name: '夕阳红合唱团', publish_name: true },
        { center: '凤凰台', name: '广场舞队', publish_name: false },
        { center: '凤凰台', name: '楼栋议事会', publish_name: false },
        { center: '经八路', name: '夕阳红合唱团', publish_name: false },
      ])
      const named = await db.selectFrom('bookings as b').leftJoin('organisations as o', 'o.id', 'b.organisation_id')
        .select(['o.name', 'o.center_id', 'b.center_id as booking_center']).orderBy('b.starts_at').execute()
      expect(named.map((r) => r.name)).toEqual(['夕阳红合唱团', '夕阳红合唱团', '夕阳红合唱团', '楼栋议事会', null])
      expect(named.filter((r) => r.name).every((r) => r.center_id === r.booking_center)).toBe(true)
      const members = await db.selectFrom('organisation_members as m').innerJoin('organisations as o', 'o.id', 'm.organisation_id')
        .innerJoin('residents as r', 'r.id', 'm.resident_id').select(['o.name', 'r.name as resident']).orderBy('o.name').execute()
      expect(members).toEqual([{ name: '夕阳红合唱团', resident: '刘建国' }, { name: '广场舞队', resident: '赵丽' }])
      // Placed in an organisation, the statement on the account is cleared.
      expect(await db.selectFrom('residents').select('organisation_name').orderBy('phone').execute()).toEqual([{ organisation_name: null }, { organisation_name: null }])
    } finally {
      await drop()
    }
  })
})
