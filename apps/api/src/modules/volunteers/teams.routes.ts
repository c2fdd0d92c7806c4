import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  IdParams, VolunteerMember, VolunteerMemberCreate, VolunteerMemberListQuery, VolunteerMemberUpdate, VolunteerTeam, VolunteerTeamCreate,
  VolunteerTeamUpdate, errorResponses, itemsOf,
} from '@linli/contracts'
import { Type } from '@sinclair/typebox'
import { notFound } from '../../plugins/errors'
import { participationPolicyOf } from '../participation/policy'
import { centerForStaff, memberForStaff, teamForStaff } from './access'
import { listMembers, toMember } from './members.repository'
import { changeMember, joinTeam } from './members.service'
import { insertTeam, listTeams, toTeam, updateTeam } from './teams.repository'

/** Teams and their members: staff of the center (and district admins in scope) manage them. */
export const volunteerTeamsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['volunteers']
  const security = [{ session: [] }]

  app.get(
    '/centers/:id/volunteer-teams',
    { schema: { tags, security, summary: "A center's volunteer teams with members, minutes and points (active first)", params: IdParams, response: { 200: itemsOf(VolunteerTeam), ...errorResponses } } },
    async (request) => {
      await centerForStaff(app.db, request, request.params.id)
      return { items: (await listTeams(app.db, request.params.id)).map(toTeam) }
    },
  )

  app.post(
    '/centers/:id/volunteer-teams',
    { schema: { tags, security, summary: 'Start a volunteer team (409 duplicate_name if the center has one by that name)', params: IdParams, body: VolunteerTeamCreate, response: { 201: VolunteerTeam, ...errorResponses } } },
    async (request, reply) => {
      await centerForStaff(app.db, request, request.params.id)
      const team = toTeam(await insertTeam(app.db, request.params.id, request.body))
      await request.audit({ entity: 'volunteer_team', entityId: team.id, action: 'create', centerId: team.centerId, after: team })
      app.realtime.centerChanged(team.centerId, 'participation')
      return reply.status(201).send(team)
    },
  )

  app.patch(
    '/volunteer-teams/:id',
    { schema: { tags, security, summary: 'Rename or describe a team, or deactivate it (its members and hours stay)', params: IdParams, body: VolunteerTeamUpdate, response: { 200: VolunteerTeam, ...errorResponses } } },
    async (request) => {
      const before = toTeam(await teamForStaff(app.db, request, request.params.id))
      const row = await updateTeam(app.db, before.id, request.body, app.clock())
      if (!row) throw notFound('Volunteer team')
      const team = toTeam(row)
      await request.audit({ entity: 'volunteer_team', entityId: team.id, action: 'update', centerId: team.centerId, before, after: team })
      app.realtime.centerChanged(team.centerId, 'participation')
      return team
    },
  )

  app.get(
    '/volunteer-teams/:id/members',
    { schema: { tags, security, summary: "A team's members with their totals and stars (inactive ones on request)", params: IdParams, querystring: Type.Object({ includeInactive: Type.Optional(Type.Boolean()) }, { additionalProperties: false }), response: { 200: itemsOf(VolunteerMember), ...errorResponses } } },
    async (request) => {
      const team = await teamForStaff(app.db, request, request.params.id)
      const policy = await participationPolicyOf(app.db, team.center_id)
      const rows = await listMembers(app.db, { centerId: team.center_id, teamId: team.id, includeInactive: request.query.includeInactive ?? false })
      return { items: rows.map((m) => toMember(m, policy)) }
    },
  )

  app.post(
    '/volunteer-teams/:id/members',
    { schema: { tags, security, summary: 'Join a resident (by id or by the phone of an existing account) to a team; 400 unknown_resident, 409 already_member', params: IdParams, body: VolunteerMemberCreate, response: { 201: VolunteerMember, ...errorResponses } } },
    async (request, reply) => {
      const team = await teamForStaff(app.db, request, request.params.id)
      const member = await joinTeam(app.db, team, request.body)
      await request.audit({ entity: 'volunteer_member', entityId: member.id, action: 'create', centerId: member.centerId, after: member })
      app.realtime.centerChanged(member.centerId, 'participation')
      return reply.status(201).send(member)
    },
  )

  app.patch(
    '/volunteer-members/:id',
    { schema: { tags, security, summary: "Change a member's public alias, leaderboard consent (needs an alias) or active state", params: IdParams, body: VolunteerMemberUpdate, response: { 200: VolunteerMember, ...errorResponses } } },
    async (request) => {
      const row = await memberForStaff(app.db, request, request.params.id)
      const policy = await participationPolicyOf(app.db, row.center_id)
      const member = await changeMember(app.db, row, request.body, policy)
      await request.audit({ entity: 'volunteer_member', entityId: member.id, action: 'update', centerId: member.centerId, before: toMember(row, policy), after: member })
      app.realtime.centerChanged(member.centerId, 'participation')
      return member
    },
  )

  app.get(
    '/centers/:id/volunteer-members',
    { schema: { tags, security, summary: "A center's volunteers (one line per team membership) with minutes, points and stars", params: IdParams, querystring: VolunteerMemberListQuery, response: { 200: itemsOf(VolunteerMember), ...errorResponses } } },
    async (request) => {
      await centerForStaff(app.db, request, request.params.id)
      const policy = await participationPolicyOf(app.db, request.params.id)
      const rows = await listMembers(app.db, { centerId: request.params.id, teamId: request.query.teamId, includeInactive: request.query.includeInactive ?? false })
      return { items: rows.map((m) => toMember(m, policy)) }
    },
  )
}
