import { api } from '../../api'

/** The participation calls this feature uses, from the one shared typed client. */
export const {
  getRoster, addToRoster, cancelRegistration, staffCheckIn, deleteCheckIn,
  getParticipationPolicy, updateParticipationPolicy, listSuspensions, liftSuspension,
  listGroups, createGroup, updateGroup, deleteGroup, listGroupMembers, addGroupMembers, removeGroupMember,
} = api
