import type { AuditEntry, AuditQuery } from '@linli/contracts'
import { addDays, todayIn } from '../activities/wall-clock'
import { api } from '../../api'

/** The audit log's dates are China Standard Time, as the API reads `from` and `to`. */
export const AUDIT_TIME_ZONE = 'Asia/Shanghai'
/** Rows asked for at once; the page says when the answer may be cut off. */
export const AUDIT_LIMIT = 500

export const AUDIT_ENTITIES = [
  'room', 'center', 'region', 'activity', 'occurrence', 'booking', 'room_policy', 'room_kind_policy', 'center_policy', 'screen', 'announcement', 'emergency', 'staff',
  'registration', 'check_in', 'resident_group', 'participation_policy', 'service_request', 'volunteer_team', 'volunteer_member', 'volunteer_service',
  'notification_delivery', 'suspension', 'resident', 'family_link', 'closure', 'center_holidays', 'proposal', 'approval_chain', 'household', 'organisation',
  'import',
  'activity_record',
  'co_building_unit', 'co_building_agreement', 'co_building_resource', 'co_building_need', 'co_building_project', 'joint_meeting',
  'assessment_scheme', 'assessment_quarter',
] as const

/** The filters above the log; '' means any. `action` is matched here, the rest by the API. */
export interface AuditFilter {
  centerId: string
  entity: string
  action: string
  actorId: string
  range: [string, string] | null
}

/** The last seven days, China time. */
export function defaultFilter(now = new Date()): AuditFilter {
  const today = todayIn(AUDIT_TIME_ZONE, now)
  return { centerId: '', entity: '', action: '', actorId: '', range: [addDays(today, -6), today] }
}

/** The API query of a filter, leaving out what is not set. */
export function auditQuery(filter: AuditFilter, limit = AUDIT_LIMIT): AuditQuery {
  const set = <T extends string>(v: T) => (v ? v : undefined)
  const query: AuditQuery = {
    centerId: set(filter.centerId), actorId: set(filter.actorId), entity: set(filter.entity),
    from: filter.range?.[0], to: filter.range?.[1], limit,
  }
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)) as AuditQuery
}

/** The CSV download of the same search; the session cookie goes along with the link. */
export const auditCsvUrl = (query: AuditQuery) => api.auditCsvUrl(query)

/** Whether an entry's action matches typed text, by its code (`reset_password`) or its label (重置密码). */
export function matchesAction(entry: Pick<AuditEntry, 'action'>, text: string, label: (action: string) => string): boolean {
  const needle = text.trim().toLowerCase()
  if (!needle) return true
  return entry.action.toLowerCase().includes(needle) || label(entry.action).toLowerCase().includes(needle)
}
