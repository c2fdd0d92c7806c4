import { type Static, Type } from '@sinclair/typebox'
import { Id, Text, Timestamp } from './common'
import { ActivityCategory, Audience, AUDIENCES, LocalDate, LocalDateTime, OrganiserKind } from './activities'

/**
 * A resident's proposal of an activity at a center (居民提议). submitted -> question_asked (staff ask;
 * the resident's answer makes it submitted again) -> accepted (a draft activity is created) |
 * declined (with a reason) | withdrawn (by the proposer). Nobody but the proposer and the center's
 * staff sees a proposal; an accepted one is a draft activity until staff publish it.
 */
export const PROPOSAL_STATES = ['submitted', 'question_asked', 'accepted', 'declined', 'withdrawn'] as const
export const ProposalState = Type.Union(PROPOSAL_STATES.map((s) => Type.Literal(s)))
export type ProposalState = Static<typeof ProposalState>

/** How many proposals one resident may have waiting (submitted or asked about) at once, across centers. */
export const OPEN_PROPOSAL_LIMIT = 5

export const ProposalCreate = Type.Object({
  title: Text(80),
  description: Type.String({ maxLength: 2000 }),
  audiences: Type.Array(Audience, { minItems: 1, maxItems: AUDIENCES.length, uniqueItems: true }),
  /** 1-3 days after today in the center's time zone, in order of preference. */
  preferredDates: Type.Array(LocalDate, { minItems: 1, maxItems: 3, uniqueItems: true }),
  roomId: Type.Optional(Type.Union([Id, Type.Null()])),
  expectedPeople: Type.Integer({ minimum: 1, maximum: 10_000 }),
  organisationName: Type.Optional(Type.Union([Text(80), Type.Null()])),
}, { additionalProperties: false })
export type ProposalCreate = Static<typeof ProposalCreate>

export const Proposal = Type.Object({
  id: Id,
  centerId: Id,
  centerName: Type.String(),
  state: ProposalState,
  title: Type.String(),
  description: Type.String(),
  audiences: Type.Array(Audience),
  preferredDates: Type.Array(LocalDate),
  roomId: Type.Union([Id, Type.Null()]),
  roomName: Type.Union([Type.String(), Type.Null()]),
  expectedPeople: Type.Integer(),
  organisationName: Type.Union([Type.String(), Type.Null()]),
  proposerName: Type.String(),
  question: Type.Union([Type.String(), Type.Null()]),
  answer: Type.Union([Type.String(), Type.Null()]),
  declineReason: Type.Union([Type.String(), Type.Null()]),
  /** The draft activity an accepted proposal became. */
  activityId: Type.Union([Id, Type.Null()]),
  createdAt: Timestamp,
  updatedAt: Timestamp,
})
export type Proposal = Static<typeof Proposal>

export const ProposalListQuery = Type.Object({ state: Type.Optional(ProposalState) }, { additionalProperties: false })
export type ProposalListQuery = Static<typeof ProposalListQuery>

export const ProposalQuestion = Type.Object({ question: Text(500) }, { additionalProperties: false })
export type ProposalQuestion = Static<typeof ProposalQuestion>

export const ProposalAnswer = Type.Object({ answer: Text(1000) }, { additionalProperties: false })
export type ProposalAnswer = Static<typeof ProposalAnswer>

export const ProposalDecline = Type.Object({ reason: Text(500) }, { additionalProperties: false })
export type ProposalDecline = Static<typeof ProposalDecline>

/** Staff set what a proposal lacks to be an activity: when, the kind, and the room (default: the proposed one). */
export const ProposalAccept = Type.Object({
  startsLocal: LocalDateTime,
  endsLocal: LocalDateTime,
  category: ActivityCategory,
  roomId: Type.Optional(Type.Union([Id, Type.Null()])),
  location: Type.Optional(Type.Union([Text(120), Type.Null()])),
  organiserKind: Type.Optional(OrganiserKind),
}, { additionalProperties: false })
export type ProposalAccept = Static<typeof ProposalAccept>
