import { randomUUID } from 'node:crypto'
import type { CodePurpose } from '@linli/contracts'
import type { App } from '../../src/app-instance'
import type { Database } from '../../src/db/database'
import { hashPassword } from '../../src/modules/auth/passwords'
import { insertResident } from '../../src/modules/residents/residents.repository'
import { CODE_TTL_MS, codeHash } from '../../src/modules/residents/phone-codes'

export const FIXTURE_CODE = '246810'
const passwordHash = hashPassword('long-enough-1')

/** A fresh number (with an account when `registered`) and a live code for it, as if the SMS had arrived. */
export function phoneCodeFixtures(app: App, db: Database) {
  /** `phone` picks the number (default a fresh one), e.g. one a deleted account has freed. */
  const phoneCode = async (purpose: CodePurpose, registered: boolean, phone = `135${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`) => {
    if (registered) await insertResident(db, { name: '持码居民', phone, passwordHash: await passwordHash, organisationName: null })
    const id = randomUUID()
    const now = app.clock()
    await db.insertInto('phone_codes').values({
      id, phone, purpose, code_hash: codeHash(id, phone, purpose, FIXTURE_CODE), client: 'fixture', created_at: now, expires_at: new Date(now.getTime() + CODE_TTL_MS),
    }).execute()
    return { phone, code: FIXTURE_CODE }
  }
  return { phoneCode }
}
