import { randomUUID } from 'node:crypto'
import type { App } from '../../src/app-instance'
import type { Database } from '../../src/db/database'

/** A co-building unit registered under a region, written directly (the units' API is module co-building's). */
export async function newUnit(db: Database, regionId: string, opts: { name?: string; centerId?: string } = {}) {
  const unit = await db.insertInto('co_building_units').values({ region_id: regionId, name: opts.name ?? `单位-${randomUUID().slice(0, 8)}`, kind: 'enterprise' })
    .returning(['id', 'name']).executeTakeFirstOrThrow()
  if (opts.centerId) await db.insertInto('co_building_partners').values({ unit_id: unit.id, center_id: opts.centerId }).execute()
  return unit
}

/**
 * For the access matrix and the fuzz: a fresh unit of the side's subdistrict with a resource, a need
 * and a project of the side's center, and a joint meeting with one problem, per call.
 */
export function coBuildingListFixtures(app: App, db: Database, centerId: string, regionId: string) {
  const now = () => app.clock()
  const coUnit = async () => (await newUnit(db, regionId)).id
  const coResource = async () => (await db.insertInto('co_building_resources').values({ unit_id: await coUnit(), kind: 'room', description: '会议室', created_at: now(), updated_at: now() })
    .returning('id').executeTakeFirstOrThrow()).id
  const coNeed = async () => (await db.insertInto('co_building_needs').values({ center_id: centerId, title: '需要场地', created_at: now(), updated_at: now() })
    .returning('id').executeTakeFirstOrThrow()).id
  const coProject = async () => {
    const id = (await db.insertInto('co_building_projects').values({ center_id: centerId, title: '共建项目', created_at: now(), updated_at: now() }).returning('id').executeTakeFirstOrThrow()).id
    await db.insertInto('co_building_project_resources').values({ project_id: id, resource_id: await coResource() }).execute()
    await db.insertInto('co_building_project_needs').values({ project_id: id, need_id: await coNeed() }).execute()
    return id
  }
  const jointMeeting = async () => {
    const id = (await db.insertInto('joint_meetings').values({
      center_id: centerId, title: '联席会议', starts_at: new Date('2026-11-18T02:00:00Z'), time_zone: 'Asia/Shanghai', created_at: now(), updated_at: now(),
    }).returning('id').executeTakeFirstOrThrow()).id
    await db.insertInto('joint_meeting_attendees').values({ meeting_id: id, unit_id: await coUnit() }).execute()
    const problemId = (await db.insertInto('joint_meeting_problems').values({ meeting_id: id, description: '停车难', created_at: now(), updated_at: now() })
      .returning('id').executeTakeFirstOrThrow()).id
    return { id, problemId }
  }
  return { coUnit, coResource, coNeed, coProject, jointMeeting }
}
