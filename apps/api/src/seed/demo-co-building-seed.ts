import { sql } from 'kysely'
import { addDays, localDateOf } from '@linli/schedule'
import { DEFAULT_TIME_ZONE, type UnitKind } from '@linli/contracts'
import type { Database } from '../db/database'
import { insertAgreement } from '../modules/co-building/agreements.repository'
import { insertPartner, insertUnit } from '../modules/co-building/units.repository'
import { insertRoom } from '../modules/rooms/rooms.repository'

/** The demo manager's center, where the demo logins work: the co-building units and lists are its. */
export const DEMO_HOME_CENTER = '凤凰台党群服务中心'

/** 驻区单位 of the demo: a hospital, a school and a state-owned enterprise working with the first demo centers. */
const UNITS: { name: string; kind: UnitKind; contactName: string; contactPhone: string; address: string; agreement: string; content: string }[] = [
  { name: '市第七人民医院', kind: 'hospital', contactName: '刘主任', contactPhone: '0371-65550101', address: '金水区经八路 12 号',
    agreement: '医疗健康进社区共建协议', content: '每月第二个周六在党群服务中心开展义诊和健康讲座；提供健康讲堂供居民预约使用。' },
  { name: '纬五路第一小学', kind: 'school', contactName: '王老师', contactPhone: '13803710202', address: '金水区纬五路 3 号',
    agreement: '四点半课堂共建协议', content: '学校派出志愿教师参与四点半课堂，寒暑假开放操场。' },
  { name: '郑州热力集团', kind: 'enterprise', contactName: '张书记', contactPhone: '0371-67770303', address: '金水区花园路 88 号',
    agreement: '党建联建暖心服务协议', content: '党员志愿服务队每季度入户检修供暖设施，为困难家庭提供帮扶。' },
]

/**
 * Co-building units with their agreements for the first demo centers, and the hospital's lecture
 * room offered to the booking system (shown as provided by the hospital). The school's agreement
 * from last year has expired, so the list shows both statuses.
 */
export async function seedDemoCoBuilding(db: Database, now: Date) {
  // The demo manager's center (凤凰台), where the demo logins work, and a neighbour in its subdistrict.
  const home = await db.selectFrom('centers').select(['id', 'region_id']).orderBy(sql`name = ${DEMO_HOME_CENTER}`, 'desc').orderBy('name').executeTakeFirst()
  if (!home) return
  const neighbour = await db.selectFrom('centers').select(['id', 'region_id']).where('region_id', '=', home.region_id).where('id', '<>', home.id).orderBy('name').executeTakeFirst()
  const centers = neighbour ? [home, neighbour] : [home]
  const first = home
  const today = localDateOf(now, DEFAULT_TIME_ZONE)
  for (const [i, u] of UNITS.entries()) {
    const { id } = await insertUnit(db, { regionId: first.region_id, name: u.name, kind: u.kind, contactName: u.contactName, contactPhone: u.contactPhone, address: u.address }, now)
    for (const c of centers) await insertPartner(db, id, { centerId: c.id })
    const expired = u.kind === 'school'
    await insertAgreement(db, id, {
      centerId: first.id, title: u.agreement, content: u.content,
      startsOn: addDays(today, expired ? -500 : -90 - i * 30), endsOn: addDays(today, expired ? -135 : 640),
    }, null, now)
    if (u.kind === 'hospital') {
      await insertRoom(db, first.id, { name: '医院健康讲堂', kind: 'lecture_hall', capacity: 60, floor: 1, access: 'resident', description: '市第七人民医院提供，义诊和健康讲座之外的时间可预约。', providedByUnitId: id })
    }
  }
}
