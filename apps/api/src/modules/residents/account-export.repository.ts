import type { Database } from '../../db/database'

/*
 * Everything kept about one resident, for "download my data". Read-only and across modules on
 * purpose: one place lists what a resident's data is, so a new table that holds some is added here.
 */
export const exportBookings = (db: Database, residentId: string) =>
  db.selectFrom('bookings as b').innerJoin('rooms as r', 'r.id', 'b.room_id').innerJoin('centers as c', 'c.id', 'b.center_id')
    .leftJoin('organisations as og', 'og.id', 'b.organisation_id')
    .select(['b.purpose', 'b.headcount', 'og.name as organisation_name', 'b.starts_at', 'b.ends_at', 'b.status', 'b.late_cancellation', 'b.checked_in_at', 'b.created_at',
      'r.name as room_name', 'c.name as center_name', 'c.time_zone'])
    .where('b.resident_id', '=', residentId).orderBy('b.starts_at').execute()

export const exportRegistrations = (db: Database, residentId: string) =>
  db.selectFrom('registrations as g').innerJoin('occurrences as o', 'o.id', 'g.occurrence_id').innerJoin('activities as a', 'a.id', 'g.activity_id')
    .innerJoin('centers as c', 'c.id', 'g.center_id')
    .select(['a.title', 'o.starts_at', 'o.ends_at', 'g.status', 'g.late_cancellation', 'g.created_at', 'c.name as center_name', 'c.time_zone'])
    .where('g.resident_id', '=', residentId).orderBy('o.starts_at').execute()

export const exportCheckIns = (db: Database, residentId: string) =>
  db.selectFrom('check_ins as k').innerJoin('occurrences as o', 'o.id', 'k.occurrence_id').innerJoin('activities as a', 'a.id', 'o.activity_id')
    .innerJoin('centers as c', 'c.id', 'k.center_id')
    .select(['a.title', 'o.starts_at', 'k.method', 'k.checked_in_at', 'c.name as center_name', 'c.time_zone'])
    .where('k.resident_id', '=', residentId).orderBy('k.checked_in_at').execute()

export const exportVolunteering = (db: Database, residentId: string) =>
  db.selectFrom('volunteer_members as m').innerJoin('volunteer_teams as t', 't.id', 'm.team_id').innerJoin('centers as c', 'c.id', 'm.center_id')
    .leftJoin('volunteer_service as s', 's.member_id', 'm.id')
    .select(['t.name as team_name', 'c.name as center_name', 'c.time_zone', 'm.public_alias', 'm.leaderboard_consent', 'm.joined_at',
      's.served_at', 's.minutes', 's.points', 's.note'])
    .where('m.resident_id', '=', residentId).orderBy('m.joined_at').orderBy('s.served_at').execute()

export const exportNotifications = (db: Database, residentId: string) =>
  db.selectFrom('notifications as n').innerJoin('centers as c', 'c.id', 'n.center_id')
    .select(['n.kind', 'n.params', 'n.created_at', 'n.read_at', 'c.name as center_name', 'c.time_zone'])
    .where('n.resident_id', '=', residentId).orderBy('n.created_at').execute()

export const exportNotificationSettings = (db: Database, residentId: string) =>
  db.selectFrom('resident_notification_settings').select(['reminders', 'push_topics', 'sms_topics', 'quiet_start', 'quiet_end', 'updated_at'])
    .where('resident_id', '=', residentId).executeTakeFirst()

export const exportPushSubscriptions = (db: Database, residentId: string) =>
  db.selectFrom('push_subscriptions').select(['endpoint', 'user_agent', 'created_at']).where('resident_id', '=', residentId).orderBy('created_at').execute()

export const exportDeskRegistrations = (db: Database, residentId: string) =>
  db.selectFrom('center_residents as d').innerJoin('centers as c', 'c.id', 'd.center_id')
    .select(['c.name as center_name', 'c.time_zone', 'd.household', 'd.registered_at']).where('d.resident_id', '=', residentId).orderBy('d.registered_at').execute()

/** Family links on either side, with both names, both numbers (the caller masks the other's) and the desk that made a staff link. */
export const exportFamilyLinks = (db: Database, residentId: string) =>
  db.selectFrom('family_links as f').innerJoin('residents as p', 'p.id', 'f.proxy_resident_id').innerJoin('residents as m', 'm.id', 'f.member_resident_id')
    .leftJoin('centers as c', 'c.id', 'f.center_id')
    .select(['f.proxy_resident_id', 'f.method', 'f.created_at', 'p.name as proxy_name', 'p.phone as proxy_phone', 'm.name as member_name', 'm.phone as member_phone',
      'c.name as center_name', 'c.time_zone'])
    .where((eb) => eb.or([eb('f.proxy_resident_id', '=', residentId), eb('f.member_resident_id', '=', residentId)]))
    .orderBy('f.created_at').execute()

/** The household the resident is in: one at most. */
export const exportHouseholds = (db: Database, residentId: string) =>
  db.selectFrom('household_members as m').innerJoin('households as h', 'h.id', 'm.household_id').innerJoin('centers as c', 'c.id', 'h.center_id')
    .select(['h.name', 'h.weekly_quota', 'm.added_at', 'c.name as center_name', 'c.time_zone']).where('m.resident_id', '=', residentId).execute()

/** The organisations the resident is a member of, a center's or a region's. */
export const exportOrganisations = (db: Database, residentId: string) =>
  db.selectFrom('organisation_members as m').innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .leftJoin('centers as c', 'c.id', 'o.center_id').leftJoin('regions as g', 'g.id', 'o.region_id')
    .select(['o.name', 'm.added_at', 'c.name as center_name', 'c.time_zone', 'g.name as region_name']).where('m.resident_id', '=', residentId).orderBy('o.name').execute()
