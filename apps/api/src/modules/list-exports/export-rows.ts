import type { AuditEntry, Booking, DeskResident, Room, RosterEntry, ServiceRequest, VolunteerMember } from '@linli/contracts'
import { instantToLocal, localDateOf } from '@linli/schedule'
import type { AuditExportRow } from '../../spreadsheets/columns/audit'
import type { BookingExportRow } from '../../spreadsheets/columns/bookings'
import type { ResidentImportRow } from '../../spreadsheets/columns/residents'
import type { RoomImportRow } from '../../spreadsheets/columns/rooms'
import type { ServiceRequestExportRow } from '../../spreadsheets/columns/service-requests'
import type { SignupExportRow } from '../../spreadsheets/columns/signups'
import type { VolunteerImportRow } from '../../spreadsheets/columns/volunteers'

/** `2026-12-11T09:00:00+08:00` as the wall clock it already is: `2026-12-11 09:00`. */
const wall = (offsetDateTime: string) => offsetDateTime.slice(0, 16).replace('T', ' ')
/** A UTC timestamp as the center's wall clock, the way its staff read every other time. */
const local = (instant: string | null, timeZone: string) => (instant ? instantToLocal(new Date(instant), timeZone).replace('T', ' ') : null)
const orNull = (text: string | null | undefined) => (text ? text : null)
const jsonText = (value: unknown) => (value === null || value === undefined ? null : typeof value === 'string' ? value : JSON.stringify(value))

/** The export rows are the list's own answers (toBooking, the roster, …), so a file shows what the page shows. */
export const bookingRow = (b: Booking, timeZone: string): BookingExportRow => ({
  room: b.roomName, date: b.startsAt.slice(0, 10), start: b.startsAt.slice(11, 16), end: b.endsAt.slice(11, 16), status: b.status,
  bookerName: orNull(b.bookerName), bookerPhone: orNull(b.bookerPhone), organisation: b.organisationName, purpose: orNull(b.purpose),
  headcount: b.headcount, code: b.code, checkedInAt: local(b.checkedInAt, timeZone), rejectReason: b.rejectReason, id: b.id,
})

export const signupRow = (r: RosterEntry, timeZone: string): SignupExportRow => ({
  name: r.residentName, phone: r.residentPhone, status: r.status, waitlistPosition: r.waitlistPosition, source: r.source,
  actedBy: r.actedByName ?? null, signedUpAt: local(r.createdAt, timeZone), checkedInAt: local(r.checkedInAt, timeZone),
  lateCancellation: r.lateCancellation, id: r.id,
})

export const serviceRequestRow = (s: ServiceRequest, timeZone: string): ServiceRequestExportRow => ({
  receivedAt: wall(s.receivedAt), category: s.category, description: s.description, visitorName: s.visitorName, visitorPhone: s.visitorPhone,
  status: s.status, department: s.department, transferredAt: local(s.transferredAt, timeZone), closedAt: local(s.closedAt, timeZone),
  resolution: orNull(s.resolution), id: s.id,
})

/** The audit search reads dates in China Standard Time (audit.routes.ts); its times are written the same way. */
export const auditRow = (e: AuditEntry): AuditExportRow => ({
  at: local(e.at, 'Asia/Shanghai'), actorKind: e.actorKind, actorName: e.actorName, actorId: e.actorId, centerId: e.centerId,
  entity: e.entity, entityId: e.entityId, action: e.action, before: jsonText(e.before), after: jsonText(e.after), requestId: e.requestId, ip: e.ip,
})

/** The rooms list's rooms, in the columns the rooms import reads. */
export const roomRow = (r: Room): RoomImportRow => ({
  name: r.name, kind: r.kind, capacity: r.capacity, floor: r.floor, access: r.access, requiresApproval: r.requiresApproval,
  amenities: r.amenities, description: orNull(r.description), active: r.active,
})

/**
 * The 居民 list's residents, numbers masked as the list shows them to every staff role (138****5678):
 * a list hands out no one's number, so neither does its file, unless a manager asked for the whole
 * number (`phone`) to import the file back. 家庭 is the household the import reads (`household`, of
 * this center), not the desk's free-text address, which the import would make into a new household.
 * Organisations are not on the list and stay empty (an empty cell leaves them as they are).
 */
export const residentRow = (r: DeskResident, timeZone: string, o: { phone?: string; household: string | null }): ResidentImportRow => ({
  name: r.name, phone: o.phone ?? r.maskedPhone, household: o.household, organisations: null,
  registeredOn: r.registeredAt ? localDateOf(new Date(r.registeredAt), timeZone) : null,
})

/** The volunteers list's memberships (staff see the full number there), in the columns the volunteers import reads. */
export const volunteerRow = (m: VolunteerMember, timeZone: string): VolunteerImportRow => ({
  name: m.name, phone: m.phone, team: m.teamName, publicAlias: m.publicAlias, leaderboardConsent: m.leaderboardConsent,
  joinedOn: localDateOf(new Date(m.joinedAt), timeZone), active: m.active,
})
