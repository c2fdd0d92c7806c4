import { sql } from 'kysely'
import type { Proposal, ProposalState } from '@linli/contracts'
import type { Database } from '../../db/database'
import type { Insertable, Updateable } from 'kysely'
import type { ProposalsTable } from '../../db/schema-proposals'

/** Proposals with their center's and room's names and the proposer's name. */
function selectProposals(db: Database) {
  return db
    .selectFrom('proposals as p')
    .innerJoin('centers as c', 'c.id', 'p.center_id')
    .innerJoin('residents as r', 'r.id', 'p.resident_id')
    .leftJoin('rooms as rm', 'rm.id', 'p.room_id')
    .selectAll('p')
    .select([
      // date[] is parsed differently by each driver; as text it is 'YYYY-MM-DD' everywhere.
      sql<string[]>`p.preferred_dates::text[]`.as('dates'),
      'c.name as center_name', 'c.time_zone', 'rm.name as room_name', 'r.name as proposer_name',
    ])
}

export type ProposalRow = Awaited<ReturnType<ReturnType<typeof selectProposals>['executeTakeFirstOrThrow']>>

export const toProposal = (r: ProposalRow): Proposal => ({
  id: r.id, centerId: r.center_id, centerName: r.center_name, state: r.state, title: r.title, description: r.description,
  audiences: r.audiences, preferredDates: r.dates, roomId: r.room_id, roomName: r.room_name, expectedPeople: r.expected_people,
  organisationName: r.organisation_name, proposerName: r.proposer_name, question: r.question, answer: r.answer,
  declineReason: r.decline_reason, activityId: r.activity_id, createdAt: r.created_at.toISOString(), updatedAt: r.updated_at.toISOString(),
})

export const findProposal = (db: Database, id: string) => selectProposals(db).where('p.id', '=', id).executeTakeFirst()

/** The row locked for a change of state, in the caller's transaction: two staff deciding at once are taken in turn. */
export const lockProposal = (trx: Database, id: string) =>
  trx.selectFrom('proposals').select(['id', 'center_id', 'resident_id', 'state', 'title']).where('id', '=', id).forUpdate().executeTakeFirst()

/** A resident's proposals at every center, newest first. */
export const listResidentProposals = (db: Database, residentId: string) =>
  selectProposals(db).where('p.resident_id', '=', residentId).orderBy('p.created_at', 'desc').orderBy('p.id').execute()

/** A center's proposals, oldest first (a queue), optionally in one state. */
export function listCenterProposals(db: Database, centerId: string, state?: ProposalState) {
  let q = selectProposals(db).where('p.center_id', '=', centerId)
  if (state) q = q.where('p.state', '=', state)
  return q.orderBy('p.created_at').orderBy('p.id').execute()
}

export const countOpenProposals = async (db: Database, residentId: string) => Number((await db.selectFrom('proposals')
  .select((eb) => eb.fn.countAll<string>().as('n'))
  .where('resident_id', '=', residentId).where('state', 'in', ['submitted', 'question_asked']).executeTakeFirstOrThrow()).n)

export async function insertProposal(trx: Database, values: Insertable<ProposalsTable>) {
  return (await trx.insertInto('proposals').values(values).returning('id').executeTakeFirstOrThrow()).id
}

export async function updateProposal(trx: Database, id: string, changes: Updateable<ProposalsTable>) {
  await trx.updateTable('proposals').set(changes).where('id', '=', id).execute()
}

export const findCenterZone = (db: Database, centerId: string) =>
  db.selectFrom('centers').select(['id', 'time_zone']).where('id', '=', centerId).executeTakeFirst()

export const findRoomCenter = async (db: Database, roomId: string) =>
  (await db.selectFrom('rooms').select('center_id').where('id', '=', roomId).executeTakeFirst())?.center_id
