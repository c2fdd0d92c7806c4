import { sql } from 'kysely'
import type { Database } from '../../db/database'

// The tables behind view counting (views.ts): counts per record and day, and the day's salt and marks.

/** Today's salt, made by whichever view comes first (two at once agree on the one stored). */
export async function daySalt(trx: Database, day: string, fresh: Buffer) {
  await trx.insertInto('record_view_salts').values({ day, salt: fresh }).onConflict((oc) => oc.column('day').doNothing()).execute()
  const row = await trx.selectFrom('record_view_salts').select('salt').where('day', '=', day).executeTakeFirstOrThrow()
  return Buffer.from(row.salt.buffer, row.salt.byteOffset, row.salt.byteLength)
}

/** Leaves the mark; true when it is new (the viewer's first view of this record today). */
export async function leaveMark(trx: Database, day: string, mark: Buffer) {
  const row = await trx.insertInto('record_view_marks').values({ day, mark }).onConflict((oc) => oc.columns(['day', 'mark']).doNothing())
    .returning('day').executeTakeFirst()
  return row !== undefined
}

export async function countView(trx: Database, recordId: string, day: string) {
  await trx.insertInto('record_view_days').values({ record_id: recordId, day, views: 1 })
    .onConflict((oc) => oc.columns(['record_id', 'day']).doUpdateSet({ views: sql`record_view_days.views + 1` })).execute()
}

/** Throws away marks and salts of days that are over everywhere (a day in any zone is over two days later). */
export async function forgetOldDays(trx: Database, before: string) {
  await trx.deleteFrom('record_view_marks').where('day', '<', before).execute()
  await trx.deleteFrom('record_view_salts').where('day', '<', before).execute()
}

export const totalViews = async (db: Database, recordId: string) => Number((await db.selectFrom('record_view_days')
  .select(sql<string>`coalesce(sum(views), 0)`.as('n')).where('record_id', '=', recordId).executeTakeFirstOrThrow()).n)
