import { addDays, localDateOf, localToInstant } from '@linli/schedule'
import type { Database } from '../db/database'
import { insertNeed, insertProject, insertResource } from '../modules/co-building-lists/lists.repository'
import { unitsOfOwner } from '../modules/co-building-lists/owner.repository'
import { changeProblem, insertMeeting, insertProblem } from '../modules/joint-meetings/joint-meetings.repository'
import { DEMO_HOME_CENTER } from './demo-co-building-seed'

type Step = { unitId?: string; centerId?: string; owner: string; solved?: { resolution: string; after: number } }

/** Records a meeting's problems, each moved on as far as its step says (raised, assigned or solved). */
async function seedProblems(db: Database, meetingId: string, held: string, now: Date, problems: [string, Step?][]) {
  const at = { created_at: now, updated_at: now }
  for (const [description] of problems) await insertProblem(db, { meeting_id: meetingId, description, ...at })
  const rows = await db.selectFrom('joint_meeting_problems').select('id').where('meeting_id', '=', meetingId).orderBy('seq').execute()
  for (const [i, [, step]] of problems.entries()) {
    if (!step) continue
    const id = rows[i]!.id
    await changeProblem(db, id, ['raised'], { status: 'assigned', assigned_unit_id: step.unitId ?? null, assigned_center_id: step.centerId ?? null, owner: step.owner, updated_at: now })
    if (step.solved) await changeProblem(db, id, ['assigned'], { status: 'solved', resolution: step.solved.resolution, solved_on: addDays(held, step.solved.after), updated_at: now })
  }
}

/**
 * The three lists and joint meetings of the demo manager's center (凤凰台) and its subdistrict, over
 * the units the co-building seed made (run it after seedDemoCoBuilding, which pairs them with that
 * center): resources, needs, a project under way and one in preparation, and three 联席会议 whose
 * problems stand raised, assigned and solved. The units belong to that center's subdistrict, so the
 * center must be picked by name: the first center by name lies in another district and works with none.
 */
export async function seedDemoCoBuildingLists(db: Database, now: Date) {
  const center = await db.selectFrom('centers').select(['id', 'region_id', 'time_zone']).where('name', '=', DEMO_HOME_CENTER).executeTakeFirst()
  if (!center) return
  const units = await unitsOfOwner(db, { centerId: center.id, regionId: null }, center.region_id).orderBy('u.name').execute()
  const [first, second, third] = units
  if (!first || !second || !third) return
  const at = { created_at: now, updated_at: now }
  const room = await insertResource(db, { unit_id: first.id, kind: 'room', description: '健康讲堂（60 座），工作日晚间可借用', quantity: '每周 2 次', ...at })
  const teachers = await insertResource(db, { unit_id: second.id, kind: 'volunteers', description: '志愿教师参与四点半课堂', quantity: '6 人', ...at })
  await insertResource(db, { unit_id: third.id, kind: 'experts', description: '供暖设施检修技术骨干', quantity: '3 人', ...at })
  await insertResource(db, { unit_id: third.id, kind: 'funds', description: '困难家庭冬季帮扶资金', quantity: '2 万元', ...at })
  const lectures = await insertNeed(db, { center_id: center.id, title: '老年人健康讲座场地', description: '每月两次，每次约 50 人', ...at })
  const tutoring = await insertNeed(db, { center_id: center.id, title: '四点半课堂辅导老师', description: '周一至周五 16:30-18:00', ...at })
  await insertNeed(db, { center_id: center.id, title: '困难家庭冬季供暖检修', ...at })
  const today = localDateOf(now, center.time_zone)
  const project = await insertProject(db, { center_id: center.id, title: '健康讲堂进社区', description: '医院讲堂借给社区开展健康讲座', ...at }, [room], [lectures])
  await db.updateTable('co_building_projects').set({ status: 'active', started_on: addDays(today, -20) }).where('id', '=', project).execute()
  await insertProject(db, { center_id: center.id, title: '四点半课堂共建', description: '小学志愿教师寒假前开始辅导', ...at }, [teachers], [tutoring])

  const meeting = async (owner: { center_id: string } | { region_id: string }, daysAgo: number, title: string, minutes: string, unitIds: string[]) => {
    const held = addDays(today, -daysAgo)
    const id = await insertMeeting(db, {
      ...owner, title, starts_at: localToInstant(`${held}T15:00`, center.time_zone), time_zone: center.time_zone, location: '二楼会议室', minutes, ...at,
    }, unitIds)
    return { id, held }
  }
  const q4 = await meeting({ center_id: center.id }, 21, '第四季度区域化党建联席会议', '通报本季度共建项目进展；各驻区单位提出辖区问题三项，议定分工落实。', units.map((u) => u.id))
  await seedProblems(db, q4.id, q4.held, now, [
    ['小区周边停车难', { unitId: third.id, owner: '张书记', solved: { resolution: '单位停车场夜间向居民错峰开放', after: 10 } }],
    ['老旧小区夜间照明不足', { centerId: center.id, owner: '社区主任' }],
    ['学校放学时段交通拥堵'],
  ])
  const street = await meeting({ region_id: center.region_id }, 60, '凤凰台街道共建单位联席会议', '街道与驻区单位共商冬季供暖保障和校园周边安全。', [first.id, third.id])
  await seedProblems(db, street.id, street.held, now, [
    ['困难家庭冬季供暖设施老化', { unitId: third.id, owner: '张书记', solved: { resolution: '热力集团党员服务队入户检修 32 户', after: 20 } }],
    ['校园周边流动摊贩占道', { centerId: center.id, owner: '网格员' }],
  ])
  const q3 = await meeting({ center_id: center.id }, 110, '第三季度区域化党建联席会议', '议定义诊进社区安排。', [first.id, second.id])
  await seedProblems(db, q3.id, q3.held, now, [
    ['社区缺少健康讲座场地', { unitId: first.id, owner: '刘主任', solved: { resolution: '医院健康讲堂向社区开放预约', after: 30 } }],
  ])
}
