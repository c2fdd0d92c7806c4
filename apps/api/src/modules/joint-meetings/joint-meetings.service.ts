import { existsLocally, formatOffset, instantToLocal, localDateOf, localToInstant } from '@linli/schedule'
import type { JointMeeting, JointMeetingCreate, JointMeetingUpdate, ProblemAction } from '@linli/contracts'
import type { App } from '../../app-instance'
import type { Database } from '../../db/database'
import { badRequest, conflict, notFound } from '../../plugins/errors'
import type { Actor } from '../auth/policy'
import { type Owner, assertOwnerUnits, placeOwner, placeRowOwner } from '../co-building-lists/owner'
import { centersOfOwner, findCenterPlace, unitsOfOwner } from '../co-building-lists/owner.repository'
import {
  type ProblemRow, changeProblem, deleteMeeting, findMeeting, findProblem, insertMeeting, insertProblem, listAttendees, listProblems, setAttendees, updateMeeting,
} from './joint-meetings.repository'

const toProblem = (p: ProblemRow) => ({
  id: p.id, description: p.description, status: p.status, assignedUnitId: p.assigned_unit_id, assignedCenterId: p.assigned_center_id,
  assigneeName: p.assignee_name, owner: p.owner, resolution: p.resolution, solvedOn: p.solved_on, createdAt: p.created_at.toISOString(),
})

/** The meeting with who came, its problems, and whom its owner may name (units, centers). */
export async function loadMeeting(db: Database, id: string, owner?: Owner): Promise<JointMeeting | undefined> {
  const m = await findMeeting(db, id)
  if (!m) return undefined
  const ref = owner ?? { centerId: m.center_id, regionId: m.region_id }
  const centerRegionId = owner?.centerRegionId ?? (m.center_id ? (await findCenterPlace(db, m.center_id))?.region_id : undefined)
  const units = await unitsOfOwner(db, ref, centerRegionId).orderBy('u.name').execute()
  return {
    id: m.id, centerId: m.center_id, regionId: m.region_id, ownerName: m.owner_name, title: m.title,
    startsAt: formatOffset(m.starts_at, m.time_zone), startsLocal: instantToLocal(m.starts_at, m.time_zone), timeZone: m.time_zone,
    location: m.location, minutes: m.minutes,
    attendees: await listAttendees(db, id), problems: (await listProblems(db, id)).map(toProblem),
    units: units.filter((u) => u.active).map((u) => ({ id: u.id, name: u.name })),
    centers: await centersOfOwner(db, ref).execute(),
  }
}

function startsAt(local: string, timeZone: string) {
  if (!existsLocally(local, timeZone)) throw badRequest('time_skipped_by_dst', 'This time does not exist in the zone (clocks jump over it); nothing was saved', [{ path: 'body/startsLocal', message: 'skipped by a clock change' }])
  return localToInstant(local, timeZone)
}

async function ownedMeeting(db: Database, actor: Actor, id: string) {
  const m = await findMeeting(db, id)
  if (!m) throw notFound('Joint meeting')
  return { row: m, owner: await placeRowOwner(db, actor, m) }
}

export async function createMeeting(app: App, actor: Actor, body: JointMeetingCreate) {
  const owner = await placeOwner(app.db, actor, body)
  const unitIds = body.unitIds ?? []
  await assertOwnerUnits(app.db, owner, unitIds, 'body/unitIds')
  const now = app.clock()
  const id = await app.db.transaction().execute((trx) => insertMeeting(trx, {
    center_id: owner.centerId, region_id: owner.regionId, title: body.title.trim(), starts_at: startsAt(body.startsLocal, owner.timeZone),
    time_zone: owner.timeZone, location: body.location?.trim() ?? '', minutes: body.minutes ?? '', created_at: now, updated_at: now,
  }, unitIds))
  return (await loadMeeting(app.db, id, owner))!
}

export async function changeMeeting(app: App, actor: Actor, id: string, body: JointMeetingUpdate) {
  const { row, owner } = await ownedMeeting(app.db, actor, id)
  const before = (await loadMeeting(app.db, id, owner))!
  if (body.unitIds) await assertOwnerUnits(app.db, owner, body.unitIds, 'body/unitIds')
  await app.db.transaction().execute(async (trx) => {
    await updateMeeting(trx, id, {
      ...(body.title !== undefined && { title: body.title.trim() }),
      ...(body.startsLocal !== undefined && { starts_at: startsAt(body.startsLocal, row.time_zone) }),
      ...(body.location !== undefined && { location: body.location.trim() }),
      ...(body.minutes !== undefined && { minutes: body.minutes }),
      updated_at: app.clock(),
    })
    if (body.unitIds) await setAttendees(trx, id, body.unitIds)
  })
  return { before, after: (await loadMeeting(app.db, id, owner))! }
}

export async function removeMeeting(app: App, actor: Actor, id: string) {
  const { owner } = await ownedMeeting(app.db, actor, id)
  const before = (await loadMeeting(app.db, id, owner))!
  await deleteMeeting(app.db, id)
  return before
}

export async function raiseProblem(app: App, actor: Actor, id: string, description: string) {
  const { owner } = await ownedMeeting(app.db, actor, id)
  const now = app.clock()
  await insertProblem(app.db, { meeting_id: id, description: description.trim(), created_at: now, updated_at: now })
  return (await loadMeeting(app.db, id, owner))!
}

/** The problem's next step: assigned (again) to a unit or center the owner works with, or solved once assigned. */
export async function moveProblem(app: App, actor: Actor, id: string, problemId: string, action: ProblemAction) {
  const { owner } = await ownedMeeting(app.db, actor, id)
  const problem = await findProblem(app.db, id, problemId)
  if (!problem) throw notFound('Problem')
  const now = app.clock()
  if (action.action === 'assign') {
    if (!action.unitId === !action.centerId) throw badRequest('assignee_required', 'Assign the problem to exactly one unit (unitId) or one center (centerId); nothing was changed', [{ path: 'body/unitId', message: 'exactly one of unitId and centerId' }])
    if (action.unitId) await assertOwnerUnits(app.db, owner, [action.unitId], 'body/unitId')
    if (action.centerId && !(await centersOfOwner(app.db, owner).where('id', '=', action.centerId).executeTakeFirst()))
      throw badRequest('assignee_not_here', `The center is not ${owner.name} or one of its centers; nothing was changed`, [{ path: 'body/centerId', message: 'not a center of this meeting\'s owner' }])
    const ok = await changeProblem(app.db, problemId, ['raised', 'assigned'], {
      status: 'assigned', assigned_unit_id: action.unitId ?? null, assigned_center_id: action.centerId ?? null, owner: action.owner?.trim() || null, updated_at: now,
    })
    if (!ok) throw conflict('invalid_transition', 'This problem is solved already; it cannot be assigned again; nothing was changed')
  } else {
    if (action.solvedOn > localDateOf(now, owner.timeZone)) throw badRequest('solved_in_future', 'A problem cannot be solved on a day still to come; nothing was changed', [{ path: 'body/solvedOn', message: 'after today' }])
    const ok = await changeProblem(app.db, problemId, ['assigned'], { status: 'solved', resolution: action.resolution.trim(), solved_on: action.solvedOn, updated_at: now })
    if (!ok) throw conflict('invalid_transition', `This problem is ${problem.status === 'solved' ? 'solved already' : 'not assigned yet: assign it to a unit or center first'}; nothing was changed`)
  }
  return { before: toProblem(problem), after: (await loadMeeting(app.db, id, owner))! }
}
