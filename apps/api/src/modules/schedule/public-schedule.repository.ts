import { type RawBuilder, sql } from 'kysely'
import { HOLDING_STATUSES } from '@linli/contracts'
import type { Database } from '../../db/database'
import { holderLabel } from '../bookings/holder-label'
import { type PublicClosureColumns, type PublicClosureFacts, publicClosureColumns, publicClosureFactsOf } from '../closures/closures.repository'
import type { RangeFilter } from './schedule.repository'

/** What a time before 1973 reads as without `exact`: a control character, which no JSON text written here holds unescaped. */
const OLD_TIME = '\u0001'
const EXACT_BEFORE = sql`'1973-01-01T00:00:00Z'::timestamptz`

/**
 * `formatOffset` in SQL ('2026-12-11T09:00:00+08:00'), in the session's zone (the query sets it to
 * the center's): the instant floored to the second, with its offset. Before 1973 some zones' offsets
 * still had seconds (local mean time, Africa/Monrovia until 1972), which formatOffset rounds to whole
 * minutes, moving the wall clock with it; those take the long way, exactly as formatOffset does, but
 * only when asked (`exact`): otherwise such a time is written as OLD_TIME, and the caller reads again
 * exactly. The long way is five times the SQL, and planning the statement took longer than running it.
 */
const offsetDateTime = (t: RawBuilder<unknown>, exact: boolean) =>
  sql<string>`case when ${t} >= ${EXACT_BEFORE} then to_char(${t}, 'YYYY-MM-DD"T"HH24:MI:SSTZH:TZM') else ${exact ? exactOffsetDateTime(t) : sql`${OLD_TIME}`} end`

function exactOffsetDateTime(t: RawBuilder<unknown>) {
  const s = sql`date_trunc('second', ${t})`
  // The offset in minutes, rounded half up as Math.round does.
  const m = sql`floor(extract(epoch from (${s} at time zone current_setting('TimeZone')) - (${s} at time zone 'UTC')) / 60 + 0.5)::int`
  return sql`to_char((${s} at time zone 'UTC') + make_interval(mins => ${m}), 'YYYY-MM-DD"T"HH24:MI:SS')
    || case when ${m} < 0 then '-' else '+' end || to_char(abs(${m}) / 60, 'FM00') || ':' || to_char(abs(${m}) % 60, 'FM00')`
}

/** A string as a JSON string literal, `null` for NULL: what JSON.stringify writes for the same text. */
const jsonText = (e: RawBuilder<unknown>) => sql`coalesce(to_json(${e})::text, 'null')`

export interface PublicSchedule {
  /** The center's zone now: undefined when the center is gone; another zone than the read's when it changed meanwhile. */
  timeZone: string | undefined
  /** The JSON text of the schedule's `items` array, without its brackets, in pieces (UTF-8 bytes or strings) to be written one after another. */
  items: (string | Buffer)[]
  /** The JSON array of the schedule's `occupied`. */
  occupied: string
  closures: PublicClosureFacts
}

/**
 * The rows of `readPublicSchedule`: n = 0 everything but the items; n > 0 an activity with the
 * three parts of its items' JSON that are the activity's and, in `own`, each of its items' number
 * (earliest first, then by id) and three parts of its own, ITEM_PART between the parts and
 * ITEM_END between the items.
 */
interface Row extends PublicClosureColumns {
  n: number
  head: string | null
  middle: string | null
  tail: string | null
  own: string | null
  /** An item with a time before 1973, which only an `exact` read writes right. */
  old: boolean | null
  time_zone: string | null
  occupied: string | null
}

// Control characters, which no JSON text written here holds unescaped.
const ITEM_PART = '\u0002'
const ITEM_END = '\u0003'

/**
 * Everything a public schedule holds, in one round trip, since every lobby screen of a center reads it
 * at once after a change: the center's zone (to check the read's), the occurrences (no drafts, none
 * hidden from screens) and the rooms held by bookings as JSON text in the response's own shape and
 * key order (the route sends it as it is, never parsing it), and the closures' facts. Occurrences
 * earliest first (then by id), bookings too (then by room and id, so the ETag does not depend on
 * the order the database happens to find them in). With a category, no bookings: those are not
 * activities of any category.
 *
 * The items come a row per activity, not as one text: a busy week's 150 KB as a single value cost the
 * database several copies of it in fresh memory, and the API as much again to decode and re-encode.
 * What an item takes from its activity (title, description...) comes once, as bytes its items share;
 * what is its own (id, room, times, status) comes with it, short. A row per item cost PGlite's
 * protocol more than the text had.
 *
 * Times are written in `timeZone` by setting the session's zone for this statement only
 * (`set_config(..., true)` ends with the statement's transaction): one `to_char` per time, where
 * converting and writing the offset by hand cost three times as much. Whatever writes a time reads
 * a row of `z` or of `occ` (which reads `z`), so it runs after the zone is set.
 */
export async function readPublicSchedule(db: Database, f: RangeFilter, timeZone: string, exact = false): Promise<PublicSchedule> {
  // An item: {"id":"…  activity: ","activityId":"…","roomId":  item: room  activity: ,"location":…,"startsAt":"
  //          item: times and status  activity: ","capacity":…}
  const activityParts = sql`'","activityId":"' || a.id || '","title":' || to_json(a.title) || ',"description":' || to_json(a.description)
      || ',"category":"' || a.category || '","audiences":' || to_json(a.audiences) || ',"organiserName":' || to_json(a.organiser_name) || ',"roomId":' as head,
    ',"location":' || ${jsonText(sql`a.location`)} || ',"startsAt":"' as middle,
    '","capacity":' || coalesce(a.capacity::text, 'null') || '}' as tail`
  const itemParts = sql`o.n || ${ITEM_PART} || '{"id":"' || o.id
    || ${ITEM_PART} || coalesce('"' || o.room_id || '","roomName":' || ${jsonText(sql`r.name`)}, 'null,"roomName":null')
    || ${ITEM_PART} || ${offsetDateTime(sql`o.starts_at`, exact)} || '","endsAt":"' || ${offsetDateTime(sql`o.ends_at`, exact)}
      || '","status":"' || case when a.status = 'cancelled' then 'cancelled' else o.status end`
  // holderLabel(publicOrganisationName(b)): the organisation's name when the booking and the organisation both publish it.
  const named = sql`coalesce(b.publish_organisation and og.publish_name and og.name <> '', false)`
  const slot = sql`concat(
    '{"roomId":"', b.room_id, '","roomName":', to_json(r.name),
    ',"startsAt":"', ${offsetDateTime(sql`b.starts_at`, exact)}, '","endsAt":"', ${offsetDateTime(sql`b.ends_at`, exact)},
    '","label":', case when ${named} then to_json(og.name)::text else ${JSON.stringify(holderLabel(null).label)} end,
    ',"named":', case when ${named} then 'true' else 'false' end, '}')`
  const { rows } = await sql<Row>`
    with z as materialized (select set_config('TimeZone', ${timeZone}, true) as zone),
    occ as materialized (
      select o.id, o.activity_id, o.room_id, o.starts_at, o.ends_at, o.status, (row_number() over (order by o.starts_at, o.id))::int as n
        from z, occurrences o
        join activities a on a.id = o.activity_id
        where z.zone is not null
          and o.center_id = ${f.centerId} and o.starts_at < ${f.to} and o.ends_at > ${f.from}
          and a.status <> 'draft' and a.kiosk_visible
          ${f.roomId ? sql`and o.room_id = ${f.roomId}` : sql``}
          ${f.category ? sql`and a.category = ${f.category}` : sql``}),
    act as materialized (
      select a.id, a.status, (row_number() over ())::int as k, ${activityParts}
        from activities a where a.id in (select activity_id from occ))
    select 0 as n, null::text as head, null::text as middle, null::text as tail, null::text as own, null::boolean as old,
      (select c.time_zone from centers c where c.id = ${f.centerId}) as time_zone,
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
    from z
    union all
    select a.k, a.head, a.middle, a.tail, string_agg(${itemParts}, ${ITEM_END}), bool_or(o.starts_at < ${EXACT_BEFORE}), null, null, null, null, null
      from occ o
      join act a on a.id = o.activity_id
      left join rooms r on r.id = o.room_id
      group by a.k, a.head, a.middle, a.tail
  `.execute(db)
  let meta: Row | undefined
  let old = false
  const items: (string | Buffer)[][] = []
  for (const row of rows) {
    if (row.n === 0) {
      meta = row
      continue
    }
    // Encoded once, copied into every item of the activity.
    const [head, middle, tail] = [Buffer.from(row.head!), Buffer.from(row.middle!), Buffer.from(row.tail!)]
    for (const item of row.own!.split(ITEM_END)) {
      const [n, id, room, times] = item.split(ITEM_PART) as [string, string, string, string]
      items[Number(n) - 1] = [id, head, room, middle, times, tail]
    }
    old ||= row.old!
  }
  old ||= meta!.occupied!.includes(OLD_TIME)
  if (old && !exact) return readPublicSchedule(db, f, timeZone, true)
  return { timeZone: meta!.time_zone ?? undefined, items: items.flatMap((item, i) => (i ? [',', ...item] : item)), occupied: meta!.occupied!, closures: publicClosureFactsOf(meta!) }
}
