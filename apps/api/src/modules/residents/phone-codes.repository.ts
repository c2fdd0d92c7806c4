import { type Transaction, sql } from 'kysely'
import type { CodePurpose } from '@linli/contracts'
import type { Database } from '../../db/database'
import type { DB } from '../../db/schema'

type Trx = Transaction<DB>

/** Holds one number's codes until the transaction ends, so two requests for it never both pass the limits. */
export async function lockPhone(trx: Trx, phone: string) {
  await sql`select pg_advisory_xact_lock(hashtext(${`phone_codes:${phone}`}))`.execute(trx)
}

/** When each code for this number, or from this client, was made since `since`, oldest first. */
export async function codeTimesSince(trx: Trx, by: { phone: string } | { client: string }, since: Date): Promise<Date[]> {
  const rows = await trx
    .selectFrom('phone_codes')
    .select('created_at')
    .$if('phone' in by, (q) => q.where('phone', '=', (by as { phone: string }).phone))
    .$if('client' in by, (q) => q.where('client', '=', (by as { client: string }).client))
    .where('created_at', '>', since)
    .orderBy('created_at')
    .execute()
  return rows.map((r) => r.created_at)
}

/** Makes this the number's one live code for the purpose; the one before it stops working. */
export async function replaceLiveCode(trx: Trx, c: { id: string; phone: string; purpose: CodePurpose; codeHash: string; client: string; now: Date; expiresAt: Date }) {
  await trx
    .updateTable('phone_codes')
    .set({ closed_at: c.now, closed_reason: 'replaced' })
    .where('phone', '=', c.phone)
    .where('purpose', '=', c.purpose)
    .where('closed_at', 'is', null)
    .execute()
  await trx
    .insertInto('phone_codes')
    .values({ id: c.id, phone: c.phone, purpose: c.purpose, code_hash: c.codeHash, client: c.client, created_at: c.now, expires_at: c.expiresAt })
    .execute()
}

export function lockLiveCode(trx: Trx, phone: string, purpose: CodePurpose) {
  return trx.selectFrom('phone_codes').selectAll().where('phone', '=', phone).where('purpose', '=', purpose).where('closed_at', 'is', null).forUpdate().executeTakeFirst()
}

/** The codes of this number and purpose already used since `since`, newest first (to tell "already used" from "wrong"). */
export function usedCodesSince(trx: Trx, phone: string, purpose: CodePurpose, since: Date) {
  return trx
    .selectFrom('phone_codes')
    .select(['id', 'code_hash'])
    .where('phone', '=', phone)
    .where('purpose', '=', purpose)
    .where('closed_reason', '=', 'used')
    .where('created_at', '>', since)
    .orderBy('created_at', 'desc')
    .execute()
}

export async function countTry(trx: Trx, id: string): Promise<number> {
  const row = await trx.updateTable('phone_codes').set((eb) => ({ tries: eb('tries', '+', 1) })).where('id', '=', id).returning('tries').executeTakeFirstOrThrow()
  return row.tries
}

export async function markUsed(trx: Trx, id: string, now: Date) {
  await trx.updateTable('phone_codes').set({ closed_at: now, closed_reason: 'used' }).where('id', '=', id).execute()
}

/** Rows older than every limit's window count for nothing any more. */
export async function deleteCodesBefore(db: Database | Trx, before: Date) {
  await db.deleteFrom('phone_codes').where('created_at', '<', before).execute()
}

/** A resident's new password, after a reset code proved the number. */
export async function setResidentPassword(trx: Trx, residentId: string, passwordHash: string) {
  await trx.updateTable('residents').set({ password_hash: passwordHash }).where('id', '=', residentId).execute()
}
