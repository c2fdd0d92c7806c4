import { addDays, localDateOf, localToInstant } from '@linli/schedule'
import type { Database } from '../db/database'
import { insertNeed, insertProject, insertResource } from '../modules/co-building-lists/lists.repository'
import { unitsOfOwner } from '../modules/co-building-lists/owner.repository'
import { changeProblem, insertMeeting, insertProblem } from '../modules/joint-meetings/joint-meetings.repository'

/**
 * The three lists and a joint meeting of the first demo center, over the units the co-building
 * seed made (run it after seedDemoCoBuilding): three resources, three needs, one project under way,
 * and last month's 联席会议 with every unit present and three problems, one of them solved.
 */
export async function seedDemoCoBuildingLists(db: Database, now: Date) {
  const center = await db.selectFrom('centers').select(['id', 'region_id', 'time_zone']).orderBy('name').limit(1).executeTakeFirst()
  if (!center) return
  const units = await unitsOfOwner(db, { centerId: center.id, regionId: null }, center.region_id).orderBy('u.name').execute()
  const [first, second, third] = units
  if (!first || !second || !third) return
  const at = { created_at: now, updated_at: now }
  const room = await insertResource(db, { unit_id: first.id, kind: 'room', description: '健康讲堂（60 座），工作日晚间可借用', quantity: '每周 2 次', ...at })
  await insertResource(db, { unit_id: second.id, kind: 'volunteers', description: '志愿教师参与四点半课堂', quantity: '6 人', ...at })
  await insertResource(db, { unit_id: third.id, kind: 'experts', description: '供暖设施检修技术骨干', quantity: '3 人', ...at })
  const lectures = await insertNeed(db, { center_id: center.id, title: '老年人健康讲座场地', description: '每月两次，每次约 50 人', ...at })
  await insertNeed(db, { center_id: center.id, title: '四点半课堂辅导老师', description: '周一至周五 16:30-18:00', ...at })
  await insertNeed(db, { center_id: center.id, title: '困难家庭冬季供暖检修', ...at })
  const today = localDateOf(now, center.time_zone)
  const project = await insertProject(db, { center_id: center.id, title: '健康讲堂进社区', description: '医院讲堂借给社区开展健康讲座', ...at }, [room], [lectures])
  await db.updateTable('co_building_projects').set({ status: 'active', started_on: addDays(today, -20) }).where('id', '=', project).execute()

  const held = addDays(today, -21)
  const meeting = await insertMeeting(db, {
    center_id: center.id, title: '第四季度区域化党建联席会议', starts_at: localToInstant(`${held}T15:00`, center.time_zone), time_zone: center.time_zone,
    location: '二楼会议室', minutes: '通报本季度共建项目进展；各驻区单位提出辖区问题三项，议定分工落实。', ...at,
  }, units.map((u) => u.id))
  const problems = ['小区周边停车难', '老旧小区夜间照明不足', '学校放学时段交通拥堵']
  for (const description of problems) await insertProblem(db, { meeting_id: meeting, description, ...at })
  const [parking, lights] = await db.selectFrom('joint_meeting_problems').select('id').where('meeting_id', '=', meeting).orderBy('seq').execute()
  await changeProblem(db, parking!.id, ['raised'], { status: 'assigned', assigned_unit_id: third.id, owner: '张书记', updated_at: now })
  await changeProblem(db, parking!.id, ['assigned'], { status: 'solved', resolution: '单位停车场夜间向居民错峰开放', solved_on: addDays(held, 10), updated_at: now })
  await changeProblem(db, lights!.id, ['raised'], { status: 'assigned', assigned_center_id: center.id, owner: '社区主任', updated_at: now })
}
