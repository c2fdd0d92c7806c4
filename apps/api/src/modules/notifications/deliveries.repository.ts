import { sql } from 'kysely'
import type { DeliveryStatus, NotificationChannel, NotificationKind, NotificationLanguage, NotificationParams } from '@linli/contracts'
import type { Database } from '../../db/database'

export interface ClaimedRow {
  id: string
  notification_id: string
  channel: NotificationChannel
  attempts: number
  tries_before_resend: number
  resident_id: string
  center_id: string
  kind: NotificationKind
  params: NotificationParams
  link: string
  language: NotificationLanguage
  phone: string
  notify_token: string
  active: boolean
  time_zone: string
}

/**
 * Takes up to `limit` due deliveries for this worker and counts the attempt. Rows another worker
 * holds are skipped (FOR UPDATE SKIP LOCKED), and moving next_attempt_at to the lease's end keeps
 * them from every other worker after the commit; a worker that dies mid-send frees them when the
 * lease runs out. One statement: the claim commits before anything is sent.
 */
export async function claimDue(db: Database, now: Date, leaseUntil: Date, limit: number): Promise<ClaimedRow[]> {
  const { rows } = await sql<ClaimedRow>`
    update notification_deliveries d
    set attempts = d.attempts + 1, next_attempt_at = ${leaseUntil}, updated_at = ${now}
    from notifications n join residents p on p.id = n.resident_id join centers c on c.id = n.center_id
    where n.id = d.notification_id and d.id in (
      select id from notification_deliveries
      where status in ('pending', 'failed') and next_attempt_at <= ${now}
      order by next_attempt_at limit ${limit}
      for update skip locked)
    returning d.id, d.notification_id, d.channel, d.attempts, d.tries_before_resend, n.resident_id, n.center_id, n.kind, n.params, n.link, p.language, p.phone, p.notify_token, p.active, c.time_zone`.execute(db)
  return rows
}

export interface Outcome {
  deliveryId: string
  channel: NotificationChannel
  attempt: number
  /** deferred: not tried (quiet hours); the claim's count of tries is given back. */
  outcome: 'sent' | 'retry' | 'dead' | 'skipped' | 'deferred'
  answer: string
  latencyMs: number
  /** What the delivery becomes. */
  status: DeliveryStatus
  nextAttemptAt: Date
  lastError: string | null
}

/**
 * Keeps what each try did and moves the deliveries on, in one transaction. A delivery is moved only
 * if it is still on the attempt this worker claimed: after a lost lease another worker owns it.
 */
export async function recordOutcomes(db: Database, outcomes: Outcome[], now: Date) {
  if (!outcomes.length) return
  await db.transaction().execute(async (trx) => {
    // A resident deleted while their message was in flight takes their deliveries with them; lock
    // the ones still here (so no delete slips in before commit) and record only those.
    const here = new Set((await trx.selectFrom('notification_deliveries').select('id')
      .where('id', 'in', outcomes.map((o) => o.deliveryId)).forUpdate().execute()).map((r) => r.id))
    const tried = outcomes.flatMap((o) => (o.outcome === 'deferred' || !here.has(o.deliveryId) ? [] : [{ ...o, outcome: o.outcome }]))
    if (tried.length)
      await trx.insertInto('notification_attempts').values(tried.map((o) => ({
        delivery_id: o.deliveryId, channel: o.channel, attempt: o.attempt, outcome: o.outcome, answer: o.answer.slice(0, 1000),
        latency_ms: Math.max(0, Math.round(o.latencyMs)), at: now,
      }))).execute()
    // One statement for the whole round: a row per delivery would make a round of 100 sends wait on 100 round trips.
    const rows = outcomes.map((o) => sql`(${o.deliveryId}::uuid, ${o.attempt}::int, ${o.status}::text, ${o.nextAttemptAt}::timestamptz,
      ${o.lastError?.slice(0, 1000) ?? null}::text, ${o.outcome === 'deferred'}::boolean)`)
    await sql`
      update notification_deliveries d
      set status = v.status, next_attempt_at = v.next_attempt_at, last_error = v.last_error,
        sent_at = case when v.status = 'sent' then ${now}::timestamptz end, updated_at = ${now},
        attempts = case when v.deferred then v.attempt - 1 else d.attempts end
      from (values ${sql.join(rows)}) as v (id, attempt, status, next_attempt_at, last_error, deferred)
      where d.id = v.id and d.attempts = v.attempt and d.status in ('pending', 'failed')`.execute(trx)
  })
}

/** Puts a failed or dead delivery back in the queue with a fresh count of tries; false if it is neither. */
export async function requeueDelivery(db: Database, id: string, now: Date) {
  const result = await db.updateTable('notification_deliveries')
    .set((eb) => ({ status: 'pending', tries_before_resend: eb.ref('attempts'), next_attempt_at: now, last_error: null, updated_at: now }))
    .where('id', '=', id).where('status', 'in', ['failed', 'dead'])
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

/**
 * How far behind the outbox is: deliveries still to send (due, leased or waiting to retry or for
 * quiet hours to end), the age in seconds of the oldest that is due now (one held back on purpose
 * is not late), and the dead.
 */
export async function outboxBacklog(db: Database, now: Date) {
  const waiting = await db.selectFrom('notification_deliveries')
    .select((eb) => [
      eb.fn.countAll<string>().as('n'),
      eb.fn.min(eb.case().when('next_attempt_at', '<=', now).then(eb.ref('created_at')).end()).as('oldest'),
    ])
    .where('status', 'in', ['pending', 'failed']).executeTakeFirstOrThrow()
  const dead = await db.selectFrom('notification_deliveries').select((eb) => eb.fn.countAll<string>().as('n')).where('status', '=', 'dead').executeTakeFirstOrThrow()
  const oldest = waiting.oldest as Date | null
  return {
    backlog: Number(waiting.n), dead: Number(dead.n),
    oldestUndeliveredSeconds: oldest ? Math.max(0, Math.floor((now.getTime() - oldest.getTime()) / 1000)) : null,
  }
}

/** SMS sent to each of these residents since `since`, for the daily cap (seat offers are outside it). */
export async function smsSentSince(db: Database, residentIds: string[], since: Date): Promise<Map<string, number>> {
  if (!residentIds.length) return new Map()
  const rows = await db.selectFrom('notification_deliveries as d').innerJoin('notifications as n', 'n.id', 'd.notification_id')
    .select((eb) => ['n.resident_id', eb.fn.countAll<string>().as('n')])
    .where('d.channel', '=', 'sms').where('d.status', '=', 'sent').where('d.sent_at', '>=', since).where('n.kind', '!=', 'seat_offered').where('n.resident_id', 'in', residentIds)
    .groupBy('n.resident_id').execute()
  return new Map(rows.map((r) => [r.resident_id, Number(r.n)]))
}
