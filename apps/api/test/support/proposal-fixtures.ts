import type { App } from '../../src/app-instance'
import type { Database } from '../../src/db/database'

/** Proposals (module proposals): one by the side's resident at the side's center per call, waiting or asked about. */
export function proposalFixtures(app: App, db: Database, centerId: string, residentId: string, callerResidentId: string) {
  // Every resident request is made as one resident: withdraw theirs so the limit of five waiting never bites.
  const makeRoom = () => db.updateTable('proposals').set({ state: 'withdrawn' })
    .where('resident_id', 'in', [residentId, callerResidentId]).where('state', 'in', ['submitted', 'question_asked']).execute()
  const insert = async (state: 'submitted' | 'question_asked') => {
    await makeRoom()
    const now = app.clock()
    return (await db.insertInto('proposals').values({
      center_id: centerId, resident_id: residentId, title: '书法交流', preferred_dates: ['2026-12-20'], expected_people: 10, state,
      question: state === 'question_asked' ? '需要什么？' : null, created_at: now, updated_at: now,
    }).returning('id').executeTakeFirstOrThrow()).id
  }
  const proposal = () => insert('submitted')
  const askedProposal = () => insert('question_asked')
  const proposalBody = async () => {
    await makeRoom()
    return { title: '书法交流', description: '', audiences: ['seniors'], preferredDates: ['2026-12-20'], expectedPeople: 10 }
  }
  return { proposal, askedProposal, proposalBody }
}
