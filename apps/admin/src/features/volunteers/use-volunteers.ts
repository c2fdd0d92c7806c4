import type { VolunteerMember, VolunteerMemberListQuery, VolunteerService, VolunteerServiceListQuery, VolunteerTeam } from '@linli/contracts'
import { useCenterList } from '../../composables/use-center-list'
import { listVolunteerMembers, listVolunteerService, listVolunteerTeams } from './volunteers-api'

/** A center's teams (active first, as the API orders them). */
export const useTeams = () => useCenterList<VolunteerTeam, void>((centerId) => listVolunteerTeams(centerId))

/** A center's volunteers, one line per team membership. */
export const useMembers = () => useCenterList<VolunteerMember, VolunteerMemberListQuery>((centerId, q) => listVolunteerMembers(centerId, q))

/** Service records of a period, newest first. */
export const useService = () => useCenterList<VolunteerService, VolunteerServiceListQuery>((centerId, q) => listVolunteerService(centerId, q))
