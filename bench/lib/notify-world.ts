import { sql } from 'kysely'
import { RESIDENT_COOKIE } from '@linli/contracts'
import { addDays } from '@linli/schedule'
import type { Database } from '@linli/api/src/db/database'
import { createSession } from '@linli/api/src/modules/auth/sessions.repository'
import { type CenterWorld, type Http, nextMonday } from './world'

const NO_PASSWORD = '$argon2id$v=19$m=19456,t=2,p=1$bm90LWEtcmVhbC1oYXNo$bm90LWEtcmVhbC1oYXNoLWF0LWFsbA'

export interface SignedUpDate { activityId: string; occurrenceId: string; title: string }

/** `count` residents in one statement (phones 138…), returned in phone order. */
export async function addResidents(db: Database, count: number): Promise<string[]> {
  await sql`insert into residents (name, phone, password_hash)
    select '居民' || n, '138' || lpad(n::text, 8, '0'), ${NO_PASSWORD} from generate_series(1, ${count}) n`.execute(db)
  const rows = await sql<{ id: string }>`select id from residents where phone like '138%' order by phone`.execute(db)
  return rows.rows.map((r) => r.id)
}

/** Cookie headers of live sessions for these residents, as a phone signed in to the phone pages holds. */
export async function residentCookies(db: Database, residentIds: string[]): Promise<string[]> {
  const expires = new Date(Date.now() + 86_400_000)
  return Promise.all(residentIds.map(async (id) => `${RESIDENT_COOKIE}=${await createSession(db, { residentId: id }, expires)}`))
}

/**
 * The k-th one-off activity of the run, made through the API as staff would (off-site, so no room
 * or opening hours are in the way), a week or more ahead, with a seat for everyone.
 */
export async function addActivityDate(http: Http, db: Database, world: CenterWorld, k: number, capacity: number): Promise<SignedUpDate> {
  const day = addDays(nextMonday(), k)
  const title = `健康讲座 第${k + 1}场`
  const res = await http('POST', `/api/centers/${world.centerId}/activities`, {
    cookie: world.staffCookie,
    body: {
      title, category: 'health', organiserKind: 'center', organiserName: '党群服务中心', roomId: null, location: '社区广场',
      startsLocal: `${day}T09:00`, endsLocal: `${day}T10:30`, capacity,
    },
  })
  if (res.status !== 201) throw new Error(`creating an activity failed: ${res.status} ${res.text}`)
  const activityId = (res.json as { id: string }).id
  const o = await db.selectFrom('occurrences').select('id').where('activity_id', '=', activityId).executeTakeFirstOrThrow()
  return { activityId, occurrenceId: o.id, title }
}

/**
 * Every one of these residents with a confirmed seat on the date, in one statement. The capacity
 * trigger runs for each row (it counts the seats taken), as it does for a sign-up; no notices are
 * recorded, so the worker has no backlog when the date is cancelled.
 */
export async function signUpAll(db: Database, occurrenceId: string, residentIds: string[]): Promise<number> {
  const r = await sql`insert into registrations (occurrence_id, activity_id, center_id, resident_id, status, source)
    select o.id, o.activity_id, o.center_id, r.id, 'confirmed', 'resident'
    from occurrences o cross join unnest(${residentIds}::uuid[]) as r(id) where o.id = ${occurrenceId}`.execute(db)
  return Number(r.numAffectedRows ?? 0)
}

/**
 * The baseline's table: notifications' own columns, checks, defaults and indexes (the unique event
 * key included) and its foreign keys, so one row costs what a notification row costs.
 */
export async function createScratchNotifications(db: Database) {
  await sql`create table bench_notifications (like notifications including all)`.execute(db)
  await sql`alter table bench_notifications add foreign key (resident_id) references residents (id) on delete cascade,
    add foreign key (center_id) references centers (id) on delete cascade`.execute(db)
}
