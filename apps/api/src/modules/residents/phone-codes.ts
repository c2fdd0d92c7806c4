import { createHmac, randomInt, randomUUID, timingSafeEqual } from 'node:crypto'
import type { Transaction } from 'kysely'
import type { CodePurpose } from '@linli/contracts'
import type { App } from '../../app-instance'
import type { DB } from '../../db/schema'
import { AppError, badRequest } from '../../plugins/errors'
import { clientOf } from '../auth/client-address'
import { codeTimesSince, countTry, deleteCodesBefore, lockLiveCode, lockPhone, markUsed, replaceLiveCode, usedCodesSince } from './phone-codes.repository'

/*
 * One-time SMS codes. Six digits are few, so what protects an account is not the hash but the
 * limits: 5 tries per code, 1 code a minute (config.smsResendSeconds) and 5 an hour per number, 20 an hour per client
 * address (a center's Wi-Fi puts many residents behind one). That is at most 25 guesses an hour
 * at any one number, each with a one-in-a-million chance.
 */
export const CODE_TTL_MS = 5 * 60_000
export const MAX_TRIES = 5
const MINUTE = 60_000
const phoneLimits = (resendSeconds: number) => [{ windowMs: resendSeconds * 1000, max: 1 }, { windowMs: 60 * MINUTE, max: 5 }]
const CLIENT_LIMITS = [{ windowMs: 60 * MINUTE, max: 20 }]
const KEEP_MS = 24 * 60 * MINUTE

/** Keyed by the row's own random id and bound to number and purpose: a code is worth nothing elsewhere. */
export const codeHash = (id: string, phone: string, purpose: string, code: string) =>
  createHmac('sha256', id).update(`${phone}:${purpose}:${code}`).digest('hex')

const sameHash = (a: string, b: string) => timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'))

/** Milliseconds until the limits let one more code through, or 0 when they do now. */
function waitFor(times: Date[], limits: { windowMs: number; max: number }[], now: Date): number {
  return Math.max(0, ...limits.map(({ windowMs, max }) => {
    const inWindow = times.filter((t) => t.getTime() > now.getTime() - windowMs)
    return inWindow.length < max ? 0 : inWindow[inWindow.length - max]!.getTime() + windowMs - now.getTime()
  }))
}

/**
 * Makes the number's new live code for the purpose, or answers 429 `too_many_codes` with
 * Retry-After. Every number gets a row, registered or not, so the limits (and so the answers)
 * are the same for all; the caller decides whether the code is sent.
 */
export async function issueCode(app: App, ip: string, phone: string, purpose: CodePurpose): Promise<{ id: string; code: string } | { retryAfterMs: number }> {
  const now = app.clock()
  const client = clientOf(ip)
  return app.db.transaction().execute(async (trx) => {
    await lockPhone(trx, phone)
    const longest = 60 * MINUTE
    const since = new Date(now.getTime() - longest)
    const wait = Math.max(
      waitFor(await codeTimesSince(trx, { phone }, since), phoneLimits(app.config.smsResendSeconds), now),
      waitFor(await codeTimesSince(trx, { client }, since), CLIENT_LIMITS, now),
    )
    if (wait > 0) return { retryAfterMs: wait }
    await deleteCodesBefore(trx, new Date(now.getTime() - KEEP_MS))
    const id = randomUUID()
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
    await replaceLiveCode(trx, { id, phone, purpose, codeHash: codeHash(id, phone, purpose, code), client, now, expiresAt: new Date(now.getTime() + CODE_TTL_MS) })
    return { id, code }
  })
}

export const tooManyCodes = (seconds: number) => new AppError(429, 'too_many_codes', `Too many codes asked for; try again in ${seconds} s`)

type Failure = 'code_invalid' | 'code_expired' | 'code_used' | 'too_many_tries'
const failures: Record<Failure, () => AppError> = {
  code_invalid: () => badRequest('code_invalid', 'This code is wrong; check the SMS for this number, or ask for a new code'),
  code_expired: () => badRequest('code_expired', 'This code has expired; ask for a new one'),
  code_used: () => badRequest('code_used', 'This code has been used already; ask for a new one'),
  too_many_tries: () => new AppError(429, 'too_many_tries', 'Too many wrong codes; ask for a new code'),
}

/**
 * Checks the code and, only if it is right, runs `action` in the same transaction and marks the
 * code used: an action that throws (a taken number) leaves the code and everything else as it
 * was. A wrong try is counted even though the request fails, so it commits before the error.
 */
export async function redeemCode<T>(app: App, phone: string, purpose: CodePurpose, code: string, action: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  const now = app.clock()
  const outcome = await app.db.transaction().execute(async (trx): Promise<{ failure: Failure } | { value: T }> => {
    const live = await lockLiveCode(trx, phone, purpose)
    if (!live) {
      const used = await usedCodesSince(trx, phone, purpose, new Date(now.getTime() - KEEP_MS))
      return { failure: used.some((u) => sameHash(u.code_hash, codeHash(u.id, phone, purpose, code))) ? 'code_used' : 'code_invalid' }
    }
    if (live.tries >= MAX_TRIES) return { failure: 'too_many_tries' }
    if (live.expires_at <= now) return { failure: 'code_expired' }
    if (!sameHash(live.code_hash, codeHash(live.id, phone, purpose, code))) {
      return { failure: (await countTry(trx, live.id)) >= MAX_TRIES ? 'too_many_tries' : 'code_invalid' }
    }
    const value = await action(trx)
    await markUsed(trx, live.id, now)
    return { value }
  })
  if ('failure' in outcome) throw failures[outcome.failure]()
  return outcome.value
}

export const invalidCode = failures.code_invalid
