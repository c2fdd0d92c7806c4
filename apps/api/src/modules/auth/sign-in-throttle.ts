import { createHash } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { AppError } from '../../plugins/errors'
import { clientOf } from './client-address'
import {
  type ThrottleRow, type ThrottleScope, deleteStaleThrottleRows, deleteThrottleRow, lockThrottleRows, refundThrottleRow, saveThrottleRow,
} from './sign-in-throttle.repository'

/**
 * Sign-in throttling that a stranger cannot turn against an account's owner.
 *
 * Failures are counted per (name tried, client address), never per account: after a few failures
 * that pair waits 1 s, 2 s, 4 s … (at most 15 min) before its next attempt is even checked, while
 * the owner on another client signs in as usual. A client address also has an allowance across
 * all names, so one address trying many accounts slows down too. Names are counted whether an
 * account exists or not, and the check comes before the account is looked up, so a throttled
 * answer says nothing about the account either.
 */
export interface ThrottleRule {
  /** Failures in one window before the first delay. */
  failuresBeforeDelay: number
  /** A row starts over this long after its first failure, unless it is blocked. */
  windowMs: number
}

const MINUTE = 60_000
export const MAX_DELAY_MS = 15 * MINUTE
/** One (name, client) pair: the owner's typos stay free; a guesser soon waits minutes per guess. */
export const PAIR_RULE: ThrottleRule = { failuresBeforeDelay: 5, windowMs: 24 * 60 * MINUTE }
/** One client across all names: generous, since a center's Wi-Fi puts many people behind one address. */
export const CLIENT_RULE: ThrottleRule = { failuresBeforeDelay: 30, windowMs: 60 * MINUTE }
const ANY_NAME = '*'

/** How long the next attempt waits after `failures` failures in a window: 0, then 1 s, 2 s, 4 s … */
export function delayAfter(failures: number, rule: ThrottleRule): number {
  if (failures < rule.failuresBeforeDelay) return 0
  return Math.min(1000 * 2 ** (failures - rule.failuresBeforeDelay), MAX_DELAY_MS)
}

/** The row once this attempt is counted as a failure. */
export function countFailure(row: ThrottleRow, rule: ThrottleRule, now: Date): ThrottleRow {
  const startsOver = row.window_started_at.getTime() + rule.windowMs <= now.getTime()
  const failures = startsOver ? 1 : row.failures + 1
  const delay = delayAfter(failures, rule)
  return { ...row, failures, window_started_at: startsOver ? now : row.window_started_at, blocked_until: delay ? new Date(now.getTime() + delay) : null }
}

// The table keeps a digest, not the usernames and phone numbers strangers typed.
const digest = (name: string) => createHash('sha256').update(name).digest('hex')

export interface SignInAttempt {
  /** The credentials were right (or the account was created): the pair starts over. */
  succeeded(): Promise<void>
}

/**
 * Lets one attempt through or answers 429 `too_many_attempts` with Retry-After. The attempt is
 * counted as a failure before the password is checked and taken back on success: counting
 * afterwards would let a burst of parallel requests all pass the check before any was counted.
 * `name` must already be normalised (lower-case username, phone number as validated).
 */
export async function beginSignIn(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply, scope: ThrottleScope, name: string): Promise<SignInAttempt> {
  const now = app.clock()
  const client = clientOf(request.ip)
  const subject = digest(name)
  const blockedUntil = await app.db.transaction().execute(async (trx) => {
    const rows = await lockThrottleRows(trx, scope, client, [ANY_NAME, subject], now)
    const blocked = rows.flatMap((r) => (r.blocked_until && r.blocked_until > now ? [r.blocked_until.getTime()] : []))
    if (blocked.length) return Math.max(...blocked)
    for (const row of rows) await saveThrottleRow(trx, countFailure(row, row.subject === ANY_NAME ? CLIENT_RULE : PAIR_RULE, now))
    return undefined
  })
  if (blockedUntil !== undefined) {
    const seconds = Math.ceil((blockedUntil - now.getTime()) / 1000)
    reply.header('retry-after', String(seconds))
    throw new AppError(429, 'too_many_attempts', `Too many failed sign-ins from this address; try again in ${seconds} s`)
  }
  return {
    async succeeded() {
      await deleteThrottleRow(app.db, scope, subject, client)
      // Only failures count against a shared address, so its many honest sign-ins cost nothing.
      await refundThrottleRow(app.db, scope, ANY_NAME, client, CLIENT_RULE.failuresBeforeDelay)
      await deleteStaleThrottleRows(app.db, new Date(now.getTime() - PAIR_RULE.windowMs), now)
    },
  }
}
