import type { FastifyRequest } from 'fastify'
import type { Database } from '../../db/database'
import { notFound } from '../../plugins/errors'
import { assertCenterAccess } from '../auth/policy'
import { requireActor } from '../auth/session.hook'
import { findMember } from './members.repository'
import { findTeam } from './teams.repository'

/** The team, if it exists and the signed-in staff member may manage its center's volunteers. */
export async function teamForStaff(db: Database, request: FastifyRequest, teamId: string) {
  const actor = requireActor(request)
  const team = await findTeam(db, teamId)
  if (!team) throw notFound('Volunteer team')
  await assertCenterAccess(db, actor, team.center_id, 'manage_volunteers')
  return team
}

export async function memberForStaff(db: Database, request: FastifyRequest, memberId: string) {
  const actor = requireActor(request)
  const member = await findMember(db, memberId)
  if (!member) throw notFound('Volunteer member')
  await assertCenterAccess(db, actor, member.center_id, 'manage_volunteers')
  return member
}

export async function centerForStaff(db: Database, request: FastifyRequest, centerId: string) {
  await assertCenterAccess(db, requireActor(request), centerId, 'manage_volunteers')
}
