import { api } from '../../api'

/** The staff calls this feature uses, from the one shared typed client. */
export const { listStaff, createStaff, updateStaff, resetStaffPassword } = api
