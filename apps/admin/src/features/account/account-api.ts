import type { PasswordChange } from '@linli/contracts'
import { request } from '../staff/request'

/** Changes your own password; every session of yours ends, this one included. */
export const changePassword = (body: PasswordChange) => request<void>('POST', '/api/auth/password', body)

/** Ends every session of yours, this one included. */
export const logoutEverywhere = () => request<void>('POST', '/api/auth/logout-everywhere')
