import { sql } from 'kysely'
import type { Database } from '../../db/database'

/** Browsers kept per resident: more would only multiply every push (the oldest unused go first). */
export const MAX_SUBSCRIPTIONS_PER_RESIDENT = 10

export interface NewSubscription {
  residentId: string
  endpoint: string
  p256dh: string
  auth: string
  userAgent: string | null
}

const FIELDS = ['id', 'resident_id', 'endpoint', 'p256dh', 'auth', 'created_at', 'last_success_at'] as const

/**
 * Keeps a browser's subscription for the resident (isNew: it was not theirs before). The same endpoint again updates it in place; an
 * endpoint another resident held moves to this one (the browser is now theirs), starting afresh.
 */
export async function saveSubscription(db: Database, s: NewSubscription, now: Date) {
  return db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('push_subscriptions').select('resident_id').where('endpoint', '=', s.endpoint).executeTakeFirst()
    const row = await trx.insertInto('push_subscriptions')
      .values({ resident_id: s.residentId, endpoint: s.endpoint, p256dh: s.p256dh, auth: s.auth, user_agent: s.userAgent, created_at: now })
      .onConflict((oc) => oc.column('endpoint').doUpdateSet((eb) => ({
        p256dh: eb.ref('excluded.p256dh'),
        auth: eb.ref('excluded.auth'),
        user_agent: eb.ref('excluded.user_agent'),
        created_at: sql<Date>`case when push_subscriptions.resident_id = excluded.resident_id then push_subscriptions.created_at else excluded.created_at end`,
        last_success_at: sql<Date | null>`case when push_subscriptions.resident_id = excluded.resident_id then push_subscriptions.last_success_at end`,
        resident_id: eb.ref('excluded.resident_id'),
      })))
      .returning(FIELDS)
      .executeTakeFirstOrThrow()
    const keep = trx.selectFrom('push_subscriptions').select('id').where('resident_id', '=', s.residentId)
      .orderBy(sql`coalesce(last_success_at, created_at)`, 'desc').orderBy('id').limit(MAX_SUBSCRIPTIONS_PER_RESIDENT)
    await trx.deleteFrom('push_subscriptions').where('resident_id', '=', s.residentId).where('id', 'not in', keep).where('id', '<>', row.id).execute()
    return { ...row, isNew: before?.resident_id !== s.residentId }
  })
}

/** Removes one of the resident's own subscriptions; false when they hold no such endpoint. */
export async function deleteOwnSubscription(db: Database, residentId: string, endpoint: string) {
  const result = await db.deleteFrom('push_subscriptions').where('resident_id', '=', residentId).where('endpoint', '=', endpoint).executeTakeFirst()
  return result.numDeletedRows > 0n
}

export const subscriptionsOf = (db: Database, residentId: string) =>
  db.selectFrom('push_subscriptions').select(FIELDS).where('resident_id', '=', residentId).orderBy('created_at').execute()

export type SubscriptionRow = Awaited<ReturnType<typeof subscriptionsOf>>[number]

/** The push service says this subscription is gone for good (404/410). */
export async function dropSubscription(db: Database, id: string) {
  await db.deleteFrom('push_subscriptions').where('id', '=', id).execute()
}

export async function markDelivered(db: Database, ids: string[], now: Date) {
  if (ids.length) await db.updateTable('push_subscriptions').set({ last_success_at: now }).where('id', 'in', ids).execute()
}

/** Of these residents, those with at least one subscribed browser: the ones a push can reach. */
export async function residentsWithPush(db: Database, residentIds: string[]): Promise<Set<string>> {
  if (!residentIds.length) return new Set()
  const rows = await db.selectFrom('push_subscriptions').select('resident_id').distinct().where('resident_id', 'in', residentIds).execute()
  return new Set(rows.map((r) => r.resident_id))
}
