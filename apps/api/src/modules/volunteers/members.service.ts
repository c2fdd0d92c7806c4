import type { ParticipationPolicy, VolunteerMemberCreate, VolunteerMemberUpdate } from '@linli/contracts'
import type { Database } from '../../db/database'
import { badRequest, conflict, notFound } from '../../plugins/errors'
import { findActiveResidentByPhone, findResident } from '../residents/residents.repository'
import { participationPolicyOf } from '../participation/policy'
import { type MemberDetailRow, findMembership, insertMember, toMember, updateMember } from './members.repository'
import type { TeamDetailRow } from './teams.repository'

interface Identity { name: string; phone: string }

/**
 * The alias is all a lobby screen shows of a volunteer, so it has to stand on its own: consent
 * needs one (the database insists too), and it may not be the registered name or carry a phone number.
 */
function checkAlias(alias: string | null, consent: boolean, who: Identity) {
  if (consent && alias === null) throw badRequest('alias_required', 'A member shown on the leaderboard needs a public alias')
  if (alias === null) return
  const revealsName = who.name.length >= 2 && alias.includes(who.name)
  const revealsPhone = alias.includes(who.phone) || /\d{5,}/.test(alias)
  if (revealsName || revealsPhone) throw badRequest('alias_reveals_identity', 'A public alias must not contain the registered name or a phone number')
}

const aliasOf = (value: string | null | undefined) => (value?.trim() ? value.trim() : null)

async function residentToJoin(db: Database, input: VolunteerMemberCreate) {
  if (input.residentId && input.phone) throw badRequest('resident_ambiguous', 'Give either residentId or phone, not both')
  if (input.residentId) {
    const r = await findResident(db, input.residentId)
    if (!r?.active) throw badRequest('unknown_resident', 'No resident account has this id')
    return r
  }
  if (input.phone) {
    const r = await findActiveResidentByPhone(db, input.phone)
    if (!r) throw badRequest('unknown_resident', 'No resident account has this phone number; the resident signs up on the phone page first')
    return r
  }
  throw badRequest('resident_required', 'Give the residentId or the phone number of an existing resident account')
}

/** Joins a resident to an active team of the center. */
export async function joinTeam(db: Database, team: TeamDetailRow, input: VolunteerMemberCreate) {
  if (!team.active) throw conflict('team_inactive', 'This team is deactivated; reactivate it before adding members')
  const resident = await residentToJoin(db, input)
  const publicAlias = aliasOf(input.publicAlias)
  const leaderboardConsent = input.leaderboardConsent ?? false
  checkAlias(publicAlias, leaderboardConsent, resident)
  const existing = await findMembership(db, team.id, resident.id)
  if (existing) throw conflict('already_member', existing.active ? 'This resident is already a member of this team' : 'This resident is an inactive member of this team; reactivate the membership instead')
  const row = await insertMember(db, { teamId: team.id, centerId: team.center_id, residentId: resident.id, publicAlias, leaderboardConsent })
  return toMember(row, await participationPolicyOf(db, team.center_id))
}

/** Changes alias, consent or active; the result must still satisfy the alias rules. */
export async function changeMember(db: Database, before: MemberDetailRow, input: VolunteerMemberUpdate, policy: ParticipationPolicy) {
  const publicAlias = input.publicAlias === undefined ? before.public_alias : aliasOf(input.publicAlias)
  const leaderboardConsent = input.leaderboardConsent ?? before.leaderboard_consent
  checkAlias(publicAlias, leaderboardConsent, { name: before.resident_name, phone: before.resident_phone })
  const row = await updateMember(db, before.id, { publicAlias, leaderboardConsent, active: input.active ?? before.active })
  if (!row) throw notFound('Volunteer member')
  return toMember(row, policy)
}
