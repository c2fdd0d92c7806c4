import { createHash, randomBytes } from 'node:crypto'
import type { Database } from '../../db/database'

const digest = (token: string) => createHash('sha256').update(token).digest('hex')

export type SessionOwner = { staffId: string } | { residentId: string }

/** Creates a session and returns the token for the cookie; only its hash is stored. */
export async function createSession(db: Database, owner: SessionOwner, expiresAt: Date): Promise<string> {
  const token = randomBytes(32).toString('base64url')
  await db
    .insertInto('sessions')
    .values({
      id: digest(token),
      staff_id: 'staffId' in owner ? owner.staffId : null,
      resident_id: 'residentId' in owner ? owner.residentId : null,
      expires_at: expiresAt,
    })
    .execute()
  return token
}

/** The signed-in resident for a cookie token, if the session is live and the account active. */
export function findSessionResident(db: Database, token: string, now: Date) {
  return db
    .selectFrom('sessions')
    .innerJoin('residents', 'residents.id', 'sessions.resident_id')
    .select(['residents.id', 'residents.name'])
    .where('sessions.id', '=', digest(token))
    .where('sessions.expires_at', '>', now)
    .where('residents.active', '=', true)
    .executeTakeFirst()
}

/** The signed-in staff member for a cookie token, if the session is live and the account active. */
export function findSessionStaff(db: Database, token: string, now: Date) {
  return db
    .selectFrom('sessions')
    .innerJoin('staff', 'staff.id', 'sessions.staff_id')
    .select(['staff.id', 'staff.role', 'staff.region_id', 'staff.center_id'])
    .where('sessions.id', '=', digest(token))
    .where('sessions.expires_at', '>', now)
    .where('staff.active', '=', true)
    .executeTakeFirst()
}

export async function deleteSession(db: Database, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', digest(token)).execute()
}

/** Ends a resident's sessions (a new password), all but the one whose token is `keepToken`. */
export async function deleteSessionsOfResident(db: Database, residentId: string, keepToken?: string): Promise<void> {
  await db.deleteFrom('sessions').where('resident_id', '=', residentId)
    .$if(keepToken !== undefined, (q) => q.where('id', '!=', digest(keepToken!)))
    .execute()
}

export async function deleteExpiredSessions(db: Database, now: Date): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute()
}
