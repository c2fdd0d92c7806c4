import type { Selectable, Transaction } from 'kysely'
import type { Database } from '../../db/database'
import type { DB, SignInThrottleTable } from '../../db/schema'

export type ThrottleScope = SignInThrottleTable['scope']
export type ThrottleRow = Selectable<SignInThrottleTable>

/**
 * Locks one client's rows for these subjects until the transaction ends, creating empty rows
 * first so that even a first attempt has a row to lock. Rows are created and locked in subject
 * order, the same in every transaction, so two attempts never wait on each other in a circle.
 */
export async function lockThrottleRows(trx: Transaction<DB>, scope: ThrottleScope, client: string, subjects: string[], now: Date): Promise<ThrottleRow[]> {
  const sorted = [...subjects].sort()
  await trx
    .insertInto('sign_in_throttle')
    .values(sorted.map((subject) => ({ scope, subject, client, failures: 0, window_started_at: now })))
    .onConflict((oc) => oc.columns(['scope', 'subject', 'client']).doNothing())
    .execute()
  return trx
    .selectFrom('sign_in_throttle')
    .selectAll()
    .where('scope', '=', scope)
    .where('client', '=', client)
    .where('subject', 'in', sorted)
    .orderBy('subject')
    .forUpdate()
    .execute()
}

export async function saveThrottleRow(trx: Transaction<DB>, row: ThrottleRow) {
  await trx
    .updateTable('sign_in_throttle')
    .set({ failures: row.failures, window_started_at: row.window_started_at, blocked_until: row.blocked_until })
    .where('scope', '=', row.scope)
    .where('subject', '=', row.subject)
    .where('client', '=', row.client)
    .execute()
}

export async function deleteThrottleRow(db: Database, scope: ThrottleScope, subject: string, client: string) {
  await db.deleteFrom('sign_in_throttle').where('scope', '=', scope).where('subject', '=', subject).where('client', '=', client).execute()
}

/** Takes one counted attempt back; below the free allowance any delay it caused goes too. */
export async function refundThrottleRow(db: Database, scope: ThrottleScope, subject: string, client: string, failuresBeforeDelay: number) {
  await db
    .updateTable('sign_in_throttle')
    .set((eb) => ({
      failures: eb.fn('greatest', [eb('failures', '-', 1), eb.lit(0)]),
      blocked_until: eb.case().when(eb('failures', '<=', failuresBeforeDelay)).then(null).else(eb.ref('blocked_until')).end(),
    }))
    .where('scope', '=', scope)
    .where('subject', '=', subject)
    .where('client', '=', client)
    .execute()
}

/** Forgets rows whose window has long passed and that block nobody. */
export async function deleteStaleThrottleRows(db: Database, windowStartedBefore: Date, now: Date) {
  await db
    .deleteFrom('sign_in_throttle')
    .where('window_started_at', '<', windowStartedBefore)
    .where((eb) => eb.or([eb('blocked_until', 'is', null), eb('blocked_until', '<=', now)]))
    .execute()
}
