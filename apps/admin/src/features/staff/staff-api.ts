import type { StaffCreate, StaffMember, StaffUpdate } from '@linli/contracts'
import { request } from './request'

const id = encodeURIComponent

/** Staff in your scope: a district admin's region and its centers, a manager's center. */
export const listStaff = () => request<{ items: StaffMember[] }>('GET', '/api/staff')
export const createStaff = (body: StaffCreate) => request<StaffMember>('POST', '/api/staff', body)
/** Deactivating, or changing role or scope, ends that person's sessions at once. */
export const updateStaff = (staffId: string, body: StaffUpdate) => request<StaffMember>('PATCH', `/api/staff/${id(staffId)}`, body)
/** Sets a new password for someone (it also lifts a sign-in lock); their sessions end. */
export const resetStaffPassword = (staffId: string, password: string) =>
  request<void>('POST', `/api/staff/${id(staffId)}/password`, { password })
