import { api } from '../../api'

/** The audit log of the centers in your scope, newest first. */
export const { listAudit } = api
