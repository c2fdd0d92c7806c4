import { createApiClient } from '@linli/api-client'

/** The one API client of the admin app; same-origin, the session travels as an httpOnly cookie. */
export const api = createApiClient()
