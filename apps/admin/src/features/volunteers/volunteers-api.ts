import { api } from '../../api'

/** The volunteer calls this feature uses, from the one shared typed client. */
export const {
  listVolunteerTeams, createVolunteerTeam, updateVolunteerTeam, listTeamMembers, addTeamMember, updateVolunteerMember,
  listVolunteerMembers, listVolunteerService, recordVolunteerService, deleteVolunteerService, getLeaderboard,
} = api
