import { instantToLocal, localDateOf } from '@linli/schedule'
import { OPEN_PROPOSAL_LIMIT, type ProposalAccept, type ProposalCreate, type ProposalState } from '@linli/contracts'
import type { App } from '../../app-instance'
import type { Database } from '../../db/database'
import { badRequest, conflict, notFound } from '../../plugins/errors'
import { type Actor, assertCenterAccess } from '../auth/policy'
import { createActivityIn } from '../activities/activities.service'
import { recordNotifications } from '../notifications/outbox.repository'
import {
  countOpenProposals, findCenterZone, findProposal, findRoomCenter, insertProposal, lockProposal, toProposal, updateProposal,
} from './proposals.repository'

type Locked = NonNullable<Awaited<ReturnType<typeof lockProposal>>>

const STATE_WORDS: Record<ProposalState, string> = {
  submitted: 'waiting for staff', question_asked: 'waiting for your answer', accepted: 'already accepted',
  declined: 'already declined', withdrawn: 'withdrawn',
}
const wrongState = (state: ProposalState, doing: string) =>
  conflict('proposal_wrong_state', `This proposal is ${STATE_WORDS[state]}, so it cannot be ${doing} now; nothing was changed`)

/** The proposer's phone page of their proposals, opened at this one. */
const phoneLink = (id: string) => `/m/proposals?proposal=${id}`

async function reload(app: App, id: string) {
  return toProposal((await findProposal(app.db, id))!)
}

/** A resident proposes an activity to a center: dates after today there, a room of that center, under the open limit. */
export async function propose(app: App, residentId: string, centerId: string, body: ProposalCreate) {
  const center = await findCenterZone(app.db, centerId)
  if (!center) throw notFound('Center')
  const now = app.clock()
  const today = localDateOf(now, center.time_zone)
  const past = body.preferredDates.filter((d) => d <= today)
  if (past.length)
    throw badRequest('proposal_date_past', `Preferred dates must be after today (${today}) at the center: ${past.join(', ')}`,
      [{ path: 'body/preferredDates', message: 'must be after today' }])
  const roomId = body.roomId ?? null
  if (roomId) {
    if ((await findRoomCenter(app.db, roomId)) !== centerId)
      throw badRequest('room_not_in_center', 'The room does not belong to this center', [{ path: 'body/roomId', message: 'is not a room of this center' }])
  }
  if ((await countOpenProposals(app.db, residentId)) >= OPEN_PROPOSAL_LIMIT) throw tooManyOpen()
  const id = await app.db.transaction().execute((trx) => insertProposal(trx, {
    center_id: centerId, resident_id: residentId, title: body.title.trim(), description: body.description, audiences: body.audiences,
    preferred_dates: [...body.preferredDates].sort(), room_id: roomId, expected_people: body.expectedPeople,
    organisation_name: body.organisationName?.trim() || null, created_at: now, updated_at: now,
  }))
  app.realtime.centerChanged(centerId, 'proposals')
  return reload(app, id)
}

export const tooManyOpen = () => conflict('proposal_limit',
  `You already have ${OPEN_PROPOSAL_LIMIT} proposals waiting; wait for an answer or withdraw one first`)

/** Locks the resident's own proposal; someone else's is "not found". */
async function lockOwn(trx: Database, residentId: string, id: string) {
  const p = await lockProposal(trx, id)
  if (!p || p.resident_id !== residentId) throw notFound('Proposal')
  return p
}

export async function answer(app: App, residentId: string, id: string, text: string) {
  const centerId = await app.db.transaction().execute(async (trx) => {
    const p = await lockOwn(trx, residentId, id)
    if (p.state !== 'question_asked') throw wrongState(p.state, 'answered')
    await updateProposal(trx, id, { state: 'submitted', answer: text.trim(), updated_at: app.clock() })
    return p.center_id
  })
  // Answered, it waits for staff again.
  app.realtime.centerChanged(centerId, 'proposals')
  return reload(app, id)
}

export async function withdraw(app: App, residentId: string, id: string) {
  const centerId = await app.db.transaction().execute(async (trx) => {
    const p = await lockOwn(trx, residentId, id)
    if (p.state !== 'submitted' && p.state !== 'question_asked') throw wrongState(p.state, 'withdrawn')
    await updateProposal(trx, id, { state: 'withdrawn', updated_at: app.clock() })
    return p.center_id
  })
  app.realtime.centerChanged(centerId, 'proposals')
  return reload(app, id)
}

/** Staff change a proposal of a center they manage activities of, in one transaction with the row locked. */
async function decide(app: App, actor: Actor, id: string, change: (trx: Database, p: Locked, now: Date) => Promise<void>) {
  const found = await findProposal(app.db, id)
  if (!found) throw notFound('Proposal')
  await assertCenterAccess(app.db, actor, found.center_id, 'manage_activities')
  const before = toProposal(found)
  await app.db.transaction().execute(async (trx) => {
    const p = (await lockProposal(trx, id))!
    await change(trx, p, app.clock())
  })
  // After the commit: every staff menu of the center re-reads its 居民提议 count.
  app.realtime.centerChanged(found.center_id, 'proposals')
  return { before, after: await reload(app, id) }
}

const notice = (trx: Database, p: Locked, kind: 'proposal_question' | 'proposal_accepted' | 'proposal_declined', now: Date, extra: Record<string, string>) =>
  recordNotifications(trx, [{
    residentId: p.resident_id, centerId: p.center_id, kind, dedupeKey: `${p.id}@${now.toISOString()}`, link: phoneLink(p.id),
    params: { proposalId: p.id, activityTitle: p.title, ...extra },
  }], now)

export const askQuestion = (app: App, actor: Actor, id: string, question: string) =>
  decide(app, actor, id, async (trx, p, now) => {
    if (p.state !== 'submitted') throw wrongState(p.state, 'asked about')
    await updateProposal(trx, id, { state: 'question_asked', question: question.trim(), answer: null, decided_by: actor.id, updated_at: now })
    await notice(trx, p, 'proposal_question', now, { message: question.trim() })
  })

export const decline = (app: App, actor: Actor, id: string, reason: string) =>
  decide(app, actor, id, async (trx, p, now) => {
    if (p.state !== 'submitted' && p.state !== 'question_asked') throw wrongState(p.state, 'declined')
    await updateProposal(trx, id, { state: 'declined', decline_reason: reason.trim(), decided_by: actor.id, updated_at: now })
    await notice(trx, p, 'proposal_declined', now, { reason: reason.trim() })
  })

/**
 * Accepting makes a draft activity of the proposal (drafts are never on public screens or endpoints),
 * organised by the proposer: their organisation's name, or their own. Staff give the time and kind.
 */
export async function accept(app: App, actor: Actor, id: string, body: ProposalAccept) {
  let centerId = ''
  const result = await decide(app, actor, id, async (trx, p, now) => {
    if (p.state !== 'submitted') throw wrongState(p.state, 'accepted')
    const full = (await findProposal(trx, id))!
    centerId = full.center_id
    // A draft made from a proposal is for something still to come; past activities are recorded elsewhere.
    const nowLocal = instantToLocal(now, full.time_zone)
    if (body.startsLocal <= nowLocal)
      throw badRequest('proposal_start_past', `The activity would start at ${body.startsLocal.replace('T', ' ')}, which has passed (now ${nowLocal.replace('T', ' ')} at the center); choose a later time`,
        [{ path: 'body/startsLocal', message: 'must be after now' }])
    const activityId = await createActivityIn(trx, actor, full.center_id, full.time_zone, {
      title: full.title, description: full.description, category: body.category, audiences: full.audiences,
      organiserKind: body.organiserKind ?? (full.organisation_name ? 'social_organisation' : 'resident_unit'),
      organiserName: full.organisation_name ?? full.proposer_name,
      roomId: body.roomId === undefined ? full.room_id : body.roomId, location: body.location ?? null,
      startsLocal: body.startsLocal, endsLocal: body.endsLocal, rrule: null, status: 'draft',
      capacity: full.expected_people, staffNotes: `居民提议 / resident proposal ${full.id}`,
    }, now)
    await updateProposal(trx, id, { state: 'accepted', activity_id: activityId, decided_by: actor.id, updated_at: now })
    await notice(trx, p, 'proposal_accepted', now, {})
  })
  app.realtime.centerChanged(centerId, 'schedule')
  return result
}
