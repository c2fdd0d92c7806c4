import type { AuditEntry, AuditQuery } from '@linli/contracts'
import { request } from '../staff/request'

/** The audit log of the centers in your scope, newest first. */
export const listAudit = (query: AuditQuery) => request<{ items: AuditEntry[] }>('GET', '/api/audit', undefined, { ...query })
