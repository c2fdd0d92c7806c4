import { type RawBuilder, sql } from 'kysely'
import { type ActivityCategory, HOLDING_STATUSES } from '@linli/contracts'
import type { Database } from '../../db/database'
import { selectOccurrences } from '../activities/activities.repository'
import { holderLabel } from '../bookings/holder-label'
import { type PublicClosureColumns, publicClosureColumns, publicClosureFactsOf } from '../closures/closures.repository'

export interface RangeFilter {
  centerId: string
  from: Date
  to: Date
  roomId?: string
  category?: ActivityCategory
}

/**
 * Occurrences overlapping [from, to) in one indexed query. `publicOnly` keeps drafts and
 * activities hidden from screens out: what a lobby or a resident may see.
 */
export function listOccurrencesInRange(db: Database, f: RangeFilter, publicOnly: boolean) {
  let q = selectOccurrences(db)
    .where('o.center_id', '=', f.centerId)
    .where('o.starts_at', '<', f.to)
    .where('o.ends_at', '>', f.from)
  if (f.roomId) q = q.where('o.room_id', '=', f.roomId)
  if (f.category) q = q.where('a.category', '=', f.category)
  if (publicOnly) q = q.where('a.status', '<>', 'draft').where('a.kiosk_visible', '=', true)
  return q.orderBy('o.starts_at').orderBy('o.id').execute()
}

/**
 * `formatOffset` in SQL ('2026-12-11T09:00:00+08:00'), in the session's zone (the query sets it to
 * the center's): the instant floored to the second, with its offset. Before 1973 some zones' offsets
 * still had seconds (local mean time, Africa/Monrovia until 1972), which formatOffset rounds to whole
 * minutes, moving the wall clock with it; those take the long way, exactly as formatOffset does.
 */
const offsetDateTime = (t: RawBuilder<unknown>) => sql<string>`case when ${t} >= '1973-01-01T00:00:00Z' then to_char(${t}, 'YYYY-MM-DD"T"HH24:MI:SSTZH:TZM') else ${exactOffsetDateTime(t)} end`

function exactOffsetDateTime(t: RawBuilder<unknown>) {
  const s = sql`date_trunc('second', ${t})`
  // The offset in minutes, rounded half up as Math.round does.
  const m = sql`floor(extract(epoch from (${s} at time zone current_setting('TimeZone')) - (${s} at time zone 'UTC')) / 60 + 0.5)::int`
  return sql`to_char((${s} at time zone 'UTC') + make_interval(mins => ${m}), 'YYYY-MM-DD"T"HH24:MI:SS')
    || case when ${m} < 0 then '-' else '+' end || to_char(abs(${m}) / 60, 'FM00') || ':' || to_char(abs(${m}) % 60, 'FM00')`
}

/** A string as a JSON string literal, `null` for NULL: what JSON.stringify writes for the same text. */
const jsonText = (e: RawBuilder<unknown>) => sql`coalesce(to_json(${e})::text, 'null')`

export interface PublicScheduleRow {
  /** The center's zone now: undefined when the center is gone; another zone than the read's when it changed meanwhile. */
  time_zone: string | undefined
  /** The JSON arrays of the schedule's `items` and `occupied`, written by the database as JSON.stringify would. */
  items: string
  occupied: string
}

/**
 * Everything a public schedule holds, in one round trip, since every lobby screen of a center reads it
 * at once after a change: the center's zone (to check the read's), the occurrences (no drafts, none
 * hidden from screens) and the rooms held by bookings as JSON text in the response's own shape and
 * key order (the route sends it as it is, never parsing it), and the closures' facts. Occurrences
 * earliest first (then by id), bookings too (then by room and id, so the ETag does not depend on
 * the order the database happens to find them in). With a category, no bookings: those are not
 * activities of any category.
 *
 * Times are written in `timeZone` by setting the session's zone for this statement only
 * (`set_config(..., true)` ends with the statement's transaction): one `to_char` per time, where
 * converting and writing the offset by hand cost three times as much. The subqueries refer to the
 * row that sets it, so they run after it.
 */
export async function readPublicSchedule(db: Database, f: RangeFilter, timeZone: string) {
  const item = sql`concat(
    '{"id":"', o.id, '","activityId":"', o.activity_id, '","title":', to_json(a.title),
    ',"description":', to_json(a.description), ',"category":"', a.category, '","audiences":', to_json(a.audiences),
    ',"organiserName":', to_json(a.organiser_name), ',"roomId":', coalesce('"' || o.room_id || '"', 'null'),
    ',"roomName":', ${jsonText(sql`r.name`)}, ',"location":', ${jsonText(sql`a.location`)},
    ',"startsAt":"', ${offsetDateTime(sql`o.starts_at`)}, '","endsAt":"', ${offsetDateTime(sql`o.ends_at`)},
    '","status":"', case when a.status = 'cancelled' then 'cancelled' else o.status end,
    '","capacity":', coalesce(a.capacity::text, 'null'), '}')`
  // holderLabel(publicOrganisationName(b)): the organisation's name when the booking and the organisation both publish it.
  const named = sql`coalesce(b.publish_organisation and og.publish_name and og.name <> '', false)`
  const slot = sql`concat(
    '{"roomId":"', b.room_id, '","roomName":', to_json(r.name),
    ',"startsAt":"', ${offsetDateTime(sql`b.starts_at`)}, '","endsAt":"', ${offsetDateTime(sql`b.ends_at`)},
    '","label":', case when ${named} then to_json(og.name)::text else ${JSON.stringify(holderLabel(null).label)} end,
    ',"named":', case when ${named} then 'true' else 'false' end, '}')`
  const { rows } = await sql<PublicScheduleRow & PublicClosureColumns>`
    select
      (select c.time_zone from centers c where c.id = ${f.centerId}) as time_zone,
      (select '[' || coalesce(string_agg(${item}, ',' order by o.starts_at, o.id), '') || ']'
        from occurrences o
        join activities a on a.id = o.activity_id
        left join rooms r on r.id = o.room_id
        where z.zone is not null
          and o.center_id = ${f.centerId} and o.starts_at < ${f.to} and o.ends_at > ${f.from}
          and a.status <> 'draft' and a.kiosk_visible
          ${f.roomId ? sql`and o.room_id = ${f.roomId}` : sql``}
          ${f.category ? sql`and a.category = ${f.category}` : sql``}) as items,
      (select '[' || coalesce(string_agg(${slot}, ',' order by b.starts_at, b.room_id, b.id), '') || ']'
        from bookings b
        join rooms r on r.id = b.room_id
        left join organisations og on og.id = b.organisation_id
        where z.zone is not null
          and b.center_id = ${f.centerId} and b.status in (${sql.join(HOLDING_STATUSES)})
          and b.starts_at < ${f.to} and b.ends_at > ${f.from}
          ${f.roomId ? sql`and b.room_id = ${f.roomId}` : sql``}
          ${f.category ? sql`and false` : sql``}) as occupied,
      ${publicClosureColumns(f.centerId, f.roomId ?? null, f.from, f.to)}
    from (select set_config('TimeZone', ${timeZone}, true) as zone offset 0) z
  `.execute(db)
  const row = rows[0]!
  return { timeZone: row.time_zone ?? undefined, items: row.items, occupied: row.occupied, closures: publicClosureFactsOf(row) }
}
