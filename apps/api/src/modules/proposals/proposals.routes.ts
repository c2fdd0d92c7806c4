import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  IdParams, Proposal, ProposalAccept, ProposalAnswer, ProposalCreate, ProposalDecline, ProposalListQuery, ProposalQuestion, errorResponses, itemsOf,
} from '@linli/contracts'
import { assertCenterAccess } from '../auth/policy'
import { requireActor } from '../auth/session.hook'
import { requireResident } from '../residents/resident-session.hook'
import { listCenterProposals, listResidentProposals, toProposal } from './proposals.repository'
import { accept, answer, askQuestion, decline, propose, withdraw } from './proposals.service'

/**
 * Residents propose activities to a center (居民提议); its staff ask, accept (a draft activity) or
 * decline. Only the proposer and the center's staff ever read a proposal.
 */
export const proposalRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['proposals']

  app.post(
    '/centers/:id/proposals',
    { config: { rateLimit: { max: 20, timeWindow: '1 minute' } }, schema: { tags, summary: `Propose an activity to this center (a signed-in resident; at most 5 waiting at once)`, params: IdParams, body: ProposalCreate, response: { 201: Proposal, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await propose(app, requireResident(request), request.params.id, request.body)),
  )

  app.get(
    '/residents/me/proposals',
    { schema: { tags, summary: "The signed-in resident's proposals at every center, newest first", response: { 200: itemsOf(Proposal), ...errorResponses } } },
    async (request) => ({ items: (await listResidentProposals(app.db, requireResident(request))).map(toProposal) }),
  )

  app.post(
    '/residents/me/proposals/:id/answer',
    { schema: { tags, summary: "Answer staff's question: the proposal waits for them again", params: IdParams, body: ProposalAnswer, response: { 200: Proposal, ...errorResponses } } },
    async (request) => answer(app, requireResident(request), request.params.id, request.body.answer),
  )

  app.post(
    '/residents/me/proposals/:id/withdraw',
    { schema: { tags, summary: 'Withdraw a proposal still waiting', params: IdParams, response: { 200: Proposal, ...errorResponses } } },
    async (request) => withdraw(app, requireResident(request), request.params.id),
  )

  app.get(
    '/centers/:id/proposals',
    { schema: { tags, summary: "The center's proposals, oldest first, optionally in one state (staff)", params: IdParams, querystring: ProposalListQuery, response: { 200: itemsOf(Proposal), ...errorResponses } } },
    async (request) => {
      await assertCenterAccess(app.db, requireActor(request), request.params.id, 'manage_activities')
      return { items: (await listCenterProposals(app.db, request.params.id, request.query.state)).map(toProposal) }
    },
  )

  app.post(
    '/proposals/:id/question',
    { schema: { tags, summary: 'Ask the proposer a question (a submitted proposal); they are notified', params: IdParams, body: ProposalQuestion, response: { 200: Proposal, ...errorResponses } } },
    async (request) => {
      const { before, after } = await askQuestion(app, requireActor(request), request.params.id, request.body.question)
      await request.audit({ entity: 'proposal', entityId: after.id, action: 'question', centerId: after.centerId, before, after })
      return after
    },
  )

  app.post(
    '/proposals/:id/accept',
    { schema: { tags, summary: 'Accept a submitted proposal: it becomes a draft activity organised by the proposer, who is notified; a start already past is refused 400 proposal_start_past', params: IdParams, body: ProposalAccept, response: { 200: Proposal, ...errorResponses } } },
    async (request) => {
      const { before, after } = await accept(app, requireActor(request), request.params.id, request.body)
      await request.audit({ entity: 'proposal', entityId: after.id, action: 'accept', centerId: after.centerId, before, after })
      return after
    },
  )

  app.post(
    '/proposals/:id/decline',
    { schema: { tags, summary: 'Decline a waiting proposal with a reason the proposer is told', params: IdParams, body: ProposalDecline, response: { 200: Proposal, ...errorResponses } } },
    async (request) => {
      const { before, after } = await decline(app, requireActor(request), request.params.id, request.body.reason)
      await request.audit({ entity: 'proposal', entityId: after.id, action: 'decline', centerId: after.centerId, before, after })
      return after
    },
  )
}
