import type { Database } from '../../db/database'

/** Closes the resident's open link, if any (a new one replaces it); the number closed. */
export async function replaceOpenLinks(db: Database, residentId: string, now: Date) {
  const rows = await db.updateTable('resident_sign_in_links').set({ closed_at: now, closed_reason: 'replaced' })
    .where('resident_id', '=', residentId).where('closed_at', 'is', null).returning('id').execute()
  return rows.length
}

export function insertSignInLink(db: Database, l: { residentId: string; centerId: string; tokenHash: string; staffId: string; now: Date; expiresAt: Date }) {
  return db.insertInto('resident_sign_in_links').values({
    resident_id: l.residentId, center_id: l.centerId, token_hash: l.tokenHash, created_by_staff_id: l.staffId, created_at: l.now, expires_at: l.expiresAt,
  }).returning(['id', 'expires_at']).executeTakeFirstOrThrow()
}

/**
 * Marks the link used if it is open, unexpired and its resident active, in one statement, so two
 * phones opening it at once cannot both get in. Returns the resident, or undefined.
 */
export function useSignInLink(db: Database, tokenHash: string, now: Date) {
  return db.updateTable('resident_sign_in_links as l').set({ closed_at: now, closed_reason: 'used' })
    .from('residents as r')
    .whereRef('r.id', '=', 'l.resident_id')
    .where('l.token_hash', '=', tokenHash).where('l.closed_at', 'is', null).where('l.expires_at', '>', now).where('r.active', '=', true)
    .returning(['r.id', 'r.name', 'r.phone', 'r.organisation_name', 'l.center_id'])
    .executeTakeFirst()
}

/** Why a link cannot be used: what became of it, or undefined when there is no such link. */
export function findSignInLink(db: Database, tokenHash: string) {
  return db.selectFrom('resident_sign_in_links as l').innerJoin('residents as r', 'r.id', 'l.resident_id')
    .select(['l.closed_reason', 'l.expires_at', 'r.active']).where('l.token_hash', '=', tokenHash).executeTakeFirst()
}
