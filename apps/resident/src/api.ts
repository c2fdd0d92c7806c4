import { createApiClient } from '@linli/api-client'

/** Same-origin client: the API serves this app and proxies it in development. */
export const api = createApiClient()
