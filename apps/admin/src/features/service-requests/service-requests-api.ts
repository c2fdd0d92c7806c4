import { api } from '../../api'

/** The service-request calls this feature uses, from the one shared typed client. */
export const { listServiceRequests, createServiceRequest, actOnServiceRequest } = api
