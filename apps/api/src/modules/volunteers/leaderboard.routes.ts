import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { formatOffset } from '@linli/schedule'
import { IdParams, Leaderboard, MyVolunteering, MyVolunteeringUpdate, type ParticipationPolicy, errorResponses } from '@linli/contracts'
import type { Database } from '../../db/database'
import { notFound } from '../../plugins/errors'
import { requireResident } from '../residents/resident-session.hook'
import { participationPolicyOf, starsFor } from '../participation/policy'
import { leaderboardMembers, leaderboardTeams, residentMemberships, residentRecentService } from './leaderboard.repository'
import { findMember, toMember } from './members.repository'
import { changeMember } from './members.service'

const hoursOf = (minutes: number) => Math.round(minutes / 6) / 10

/** The points the next star needs, or null at the top. */
const nextStarPoints = (points: number, policy: ParticipationPolicy) =>
  policy.starThresholds.filter((t) => t > points).reduce<number | null>((min, t) => (min === null || t < min ? t : min), null)

/** A resident's own memberships and recent service. */
async function myVolunteering(db: Database, residentId: string): Promise<MyVolunteering> {
  const rows = await residentMemberships(db, residentId)
  const policies = new Map<string, ParticipationPolicy>()
  for (const centerId of new Set(rows.map((r) => r.center_id))) policies.set(centerId, await participationPolicyOf(db, centerId))
  const memberships = rows.map((r) => {
    const policy = policies.get(r.center_id)!
    const points = Number(r.total_points)
    return {
      memberId: r.id, teamId: r.team_id, teamName: r.team_name, centerId: r.center_id, centerName: r.center_name,
      active: r.active && r.team_active, publicAlias: r.public_alias, leaderboardConsent: r.leaderboard_consent,
      totalMinutes: Number(r.total_minutes), hours: hoursOf(Number(r.total_minutes)), totalPoints: points,
      stars: starsFor(points, policy), nextStarPoints: nextStarPoints(points, policy),
    }
  })
  const recentService = (await residentRecentService(db, residentId, 20)).map((s) => ({
    teamName: s.team_name, activityTitle: s.activity_title, servedAt: formatOffset(s.served_at, s.time_zone), minutes: s.minutes, points: s.points,
  }))
  return { memberships, recentService }
}

/** What volunteers may see of their standing: the lobby's public list, and their own figures. */
export const volunteerStandingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['volunteers']

  app.get(
    '/centers/:id/leaderboard',
    { schema: { tags, summary: "The lobby's volunteer leaderboard: aliases of consenting members only, empty unless the center opted in", params: IdParams, response: { 200: Leaderboard, ...errorResponses } } },
    async (request) => {
      const centerId = request.params.id
      const policy = await participationPolicyOf(app.db, centerId)
      if (!policy.kioskLeaderboard) return { centerId, enabled: false, members: [], teams: [] }
      const members = (await leaderboardMembers(app.db, centerId)).map((m) => ({
        alias: m.alias!, teamName: m.team_name, points: Number(m.points), stars: starsFor(Number(m.points), policy),
      }))
      const teams = (await leaderboardTeams(app.db, centerId)).map((t) => ({
        name: t.name, memberCount: Number(t.member_count), hours: hoursOf(Number(t.minutes)), points: Number(t.points),
      }))
      return { centerId, enabled: true, members, teams }
    },
  )

  app.get(
    '/residents/me/volunteering',
    { schema: { tags, summary: "The signed-in resident's teams, hours, points, stars and the next star", response: { 200: MyVolunteering, ...errorResponses } } },
    async (request) => myVolunteering(app.db, requireResident(request)),
  )

  app.patch(
    '/residents/me/volunteering/:id',
    {
      schema: {
        tags, summary: 'A volunteer sets their own public alias and whether the lobby leaderboard may show it',
        params: IdParams, body: MyVolunteeringUpdate, response: { 200: MyVolunteering, ...errorResponses },
      },
    },
    async (request) => {
      const residentId = requireResident(request)
      const before = await findMember(app.db, request.params.id)
      // Someone else's membership does not exist as far as this resident can tell.
      if (!before || before.resident_id !== residentId) throw notFound('Membership')
      const policy = await participationPolicyOf(app.db, before.center_id)
      const after = await changeMember(app.db, before, request.body, policy)
      await request.audit({ entity: 'volunteer_member', entityId: before.id, action: 'update', centerId: before.center_id, before: toMember(before, policy), after })
      app.realtime.centerChanged(before.center_id, 'participation')
      return myVolunteering(app.db, residentId)
    },
  )
}
