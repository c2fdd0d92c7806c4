import { instantToLocal } from '@linli/schedule'
import type { AccountExport } from '@linli/contracts'
import type { Database } from '../../db/database'
import {
  exportBookings, exportCheckIns, exportDeskRegistrations, exportFamilyLinks, exportHouseholds, exportNotificationSettings, exportNotifications, exportOrganisations, exportPushSubscriptions, exportRegistrations, exportVolunteering,
} from './account-export.repository'
import { maskPhone } from '../notifications/sms/log'
import { findResident } from './residents.repository'

/** A time as the center's clock showed it, 'YYYY-MM-DD HH:mm', or null. */
const at = (d: Date | null, timeZone: string) => (d ? instantToLocal(d, timeZone).replace('T', ' ') : null)

/** The resident's data in words and local times; no password hash, tokens or ids. */
export async function exportAccount(db: Database, residentId: string, now: Date): Promise<AccountExport | undefined> {
  const r = await findResident(db, residentId)
  if (!r) return undefined
  const [bookings, registrations, checkIns, volunteering, notifications, settings, push, desk, family, households, organisations] = await Promise.all([
    exportBookings(db, residentId), exportRegistrations(db, residentId), exportCheckIns(db, residentId), exportVolunteering(db, residentId),
    exportNotifications(db, residentId), exportNotificationSettings(db, residentId), exportPushSubscriptions(db, residentId),
    exportDeskRegistrations(db, residentId), exportFamilyLinks(db, residentId), exportHouseholds(db, residentId), exportOrganisations(db, residentId),
  ])
  // The other person of a link appears by name and masked number only: the file is the resident's, not theirs.
  const linked = (f: (typeof family)[number], other: 'proxy' | 'member') => ({
    name: other === 'proxy' ? f.proxy_name : f.member_name, maskedPhone: maskPhone(other === 'proxy' ? f.proxy_phone : f.member_phone),
    since: f.time_zone ? at(f.created_at, f.time_zone) : f.created_at.toISOString(), linkedBy: f.method, linkedAtCenter: f.center_name,
  })
  return {
    exportedAt: now.toISOString(),
    profile: { name: r.name, phone: r.phone, organisationName: r.organisation_name, language: r.language, createdAt: r.created_at.toISOString() },
    bookings: bookings.map((b) => ({
      center: b.center_name, room: b.room_name, startsAt: at(b.starts_at, b.time_zone), endsAt: at(b.ends_at, b.time_zone), purpose: b.purpose,
      headcount: b.headcount, organisationName: b.organisation_name, status: b.status, lateCancellation: b.late_cancellation,
      checkedInAt: at(b.checked_in_at, b.time_zone), bookedAt: at(b.created_at, b.time_zone),
    })),
    registrations: registrations.map((g) => ({
      center: g.center_name, activity: g.title, startsAt: at(g.starts_at, g.time_zone), endsAt: at(g.ends_at, g.time_zone), status: g.status,
      lateCancellation: g.late_cancellation, signedUpAt: at(g.created_at, g.time_zone),
    })),
    checkIns: checkIns.map((k) => ({ center: k.center_name, activity: k.title, startsAt: at(k.starts_at, k.time_zone), method: k.method, checkedInAt: at(k.checked_in_at, k.time_zone) })),
    volunteering: volunteering.map((v) => ({
      center: v.center_name, team: v.team_name, publicAlias: v.public_alias, leaderboardConsent: v.leaderboard_consent, joinedAt: at(v.joined_at, v.time_zone),
      servedAt: at(v.served_at, v.time_zone), minutes: v.minutes, points: v.points, note: v.note,
    })),
    notifications: notifications.map((n) => ({ center: n.center_name, kind: n.kind, details: n.params, sentAt: at(n.created_at, n.time_zone), readAt: at(n.read_at, n.time_zone) })),
    notificationSettings: settings ? {
      reminders: settings.reminders, pushTopics: settings.push_topics, smsTopics: settings.sms_topics,
      quietHours: `${settings.quiet_start.slice(0, 5)}–${settings.quiet_end.slice(0, 5)}`, updatedAt: settings.updated_at.toISOString(),
    } : null,
    pushSubscriptions: push.map((p) => ({ endpoint: p.endpoint, browser: p.user_agent, subscribedAt: p.created_at.toISOString() })),
    deskRegistrations: desk.map((d) => ({ center: d.center_name, household: d.household, registeredAt: at(d.registered_at, d.time_zone) })),
    households: households.map((h) => ({ center: h.center_name, household: h.name, weeklyQuota: h.weekly_quota, since: at(h.added_at, h.time_zone) })),
    organisations: organisations.map((o) => ({ organisation: o.name, center: o.center_name, region: o.region_name, since: o.time_zone ? at(o.added_at, o.time_zone) : o.added_at.toISOString() })),
    family: {
      actsFor: family.filter((f) => f.proxy_resident_id === residentId).map((f) => linked(f, 'member')),
      actedForBy: family.filter((f) => f.proxy_resident_id !== residentId).map((f) => linked(f, 'proxy')),
    },
  }
}
