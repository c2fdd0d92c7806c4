import { api } from '../../api'

/** Changing your password or signing out everywhere ends every session of yours, this one included. */
export const { changePassword, logoutEverywhere } = api
