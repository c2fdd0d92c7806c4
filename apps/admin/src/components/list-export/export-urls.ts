import type {
  AuditQuery, BookingListQuery, DeskResidentQuery, ReportFormat, RoomListQuery, ServiceRequestListQuery, VolunteerMemberListQuery,
} from '@linli/contracts'

/** A query string of the set fields ('' and undefined left out), as the list calls send them. */
const search = (query: object, format: ReportFormat) => new URLSearchParams([
  ...Object.entries(query).filter(([, v]) => v !== undefined && v !== '' && v !== null).map(([k, v]): [string, string] => [k, String(v)]),
  ['format', format],
])
const center = (centerId: string, list: string, query: object, format: ReportFormat) =>
  `/api/centers/${encodeURIComponent(centerId)}/${list}/export?${search(query, format)}`

/**
 * The export addresses of the admin lists: each takes the list's own query (the page's current
 * filters), so the file holds what the page shows (without its paging).
 */
export const exportUrls = {
  rooms: (centerId: string, query: RoomListQuery) => (f: ReportFormat) => center(centerId, 'rooms', query, f),
  /** `fullPhones: true` asks for whole numbers (managers only, audited) so the file can be imported back. */
  residents: (centerId: string, query: DeskResidentQuery & { fullPhones?: boolean }) => (f: ReportFormat) => center(centerId, 'residents', query, f),
  bookings: (centerId: string, query: BookingListQuery) => (f: ReportFormat) => center(centerId, 'bookings', query, f),
  volunteers: (centerId: string, query: VolunteerMemberListQuery) => (f: ReportFormat) => center(centerId, 'volunteer-members', query, f),
  serviceRequests: (centerId: string, { limit: _limit, offset: _offset, ...query }: ServiceRequestListQuery) => (f: ReportFormat) =>
    center(centerId, 'service-requests', query, f),
  signups: (occurrenceId: string) => (f: ReportFormat) => `/api/occurrences/${encodeURIComponent(occurrenceId)}/roster/export?${search({}, f)}`,
  audit: ({ limit: _limit, ...query }: AuditQuery) => (f: ReportFormat) => `/api/audit/export?${search(query, f)}`,
}
