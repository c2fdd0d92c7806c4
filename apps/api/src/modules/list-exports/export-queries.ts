import { type Static, type TObject, type TProperties, Type } from '@sinclair/typebox'
import { AuditQuery, BookingListQuery, DeskResidentQuery, ReportFormat, RoomListQuery, ServiceRequestListQuery, VolunteerMemberListQuery } from '@linli/contracts'

/**
 * The most rows one list export writes. A file is built in memory, so a bigger one is refused with
 * 400 export_too_large (narrow the filters) instead of taking the server's memory.
 */
export const EXPORT_ROW_LIMIT = 100_000

/** A list's own filters plus the file format: an export is the list as the page shows it. */
const withFormat = <P extends TProperties>(list: TObject<P>) =>
  Type.Object({ ...list.properties, format: ReportFormat }, { additionalProperties: false })

export const ExportFormatQuery = Type.Object({ format: ReportFormat }, { additionalProperties: false })
export type ExportFormatQuery = Static<typeof ExportFormatQuery>
export const RoomExportQuery = withFormat(RoomListQuery)
export type RoomExportQuery = Static<typeof RoomExportQuery>
/**
 * The residents list's search, plus `fullPhones` for a file the residents import can read back
 * (it matches on the whole number): managers and district admins only, and written to the audit log.
 */
export const DeskResidentExportQuery = Type.Object({
  ...withFormat(DeskResidentQuery).properties,
  fullPhones: Type.Optional(Type.Boolean({ description: 'Whole numbers instead of 138****5678: center managers and district admins only (else 403 full_phones_managers_only); audited' })),
}, { additionalProperties: false })
export type DeskResidentExportQuery = Static<typeof DeskResidentExportQuery>
export const BookingExportQuery = withFormat(BookingListQuery)
export type BookingExportQuery = Static<typeof BookingExportQuery>
export const VolunteerMemberExportQuery = withFormat(VolunteerMemberListQuery)
export type VolunteerMemberExportQuery = Static<typeof VolunteerMemberExportQuery>
/** Every matching request, not a page of them: the list's filters without limit and offset. */
export const ServiceRequestExportQuery = withFormat(Type.Omit(ServiceRequestListQuery, ['limit', 'offset']))
export type ServiceRequestExportQuery = Static<typeof ServiceRequestExportQuery>
/** Every matching entry (the search's limit does not apply), up to EXPORT_ROW_LIMIT. */
export const AuditExportQuery = withFormat(Type.Omit(AuditQuery, ['limit']))
export type AuditExportQuery = Static<typeof AuditExportQuery>
