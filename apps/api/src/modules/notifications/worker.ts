import type { App } from '../../app-instance'
import { defineJob } from '../../jobs/define-job'
import { type Channel, type Channels, type OutgoingDelivery, type SendResult, liveChannels } from './channels'
import { type ClaimedRow, type Outcome, claimDue, recordOutcomes, smsSentSince } from './deliveries.repository'
import { fanOut } from './fan-out.repository'
import { type Gate, gate } from './gate'
import { DEFAULT_PREFERENCES } from './preferences'
import { findPreferencesOf } from './settings.repository'

const EXTERNAL = ['web_push', 'sms'] as const

export interface WorkerOptions {
  /** Deliveries claimed per round; rounds repeat while full ones come back. */
  batch: number
  maxRounds: number
  /** Tries before a delivery that keeps failing is given up (dead). */
  maxAttempts: number
  /** Backoff after the n-th failed try: baseDelayMs × 2^(n-1), at most maxDelayMs. */
  baseDelayMs: number
  maxDelayMs: number
  /** How long a claim keeps other workers off; a channel must answer well within it. */
  leaseMs: number
  /** A channel that takes longer is treated as a passing failure. */
  sendTimeoutMs: number
  /** Sends in flight at once. */
  concurrency: number
}

export const defaultWorkerOptions: WorkerOptions = {
  batch: 100, maxRounds: 20, maxAttempts: 5, baseDelayMs: 30_000, maxDelayMs: 3_600_000, leaseMs: 120_000, sendTimeoutMs: 30_000, concurrency: 8,
}

export const backoffMs = (attempt: number, o: Pick<WorkerOptions, 'baseDelayMs' | 'maxDelayMs'>) =>
  Math.min(o.maxDelayMs, o.baseDelayMs * 2 ** (attempt - 1))

const toOutgoing = (r: ClaimedRow): OutgoingDelivery => ({
  id: r.id, notificationId: r.notification_id, channel: r.channel, attempt: r.attempts, residentId: r.resident_id, centerId: r.center_id,
  kind: r.kind, params: r.params, link: r.link, language: r.language, phone: r.phone,
  unsubscribeLink: `/m/unsubscribe?t=${r.notify_token}&channel=${r.channel}`,
})

/** A channel's answer, with a throw or a hang turned into a passing failure. */
async function sendOnce(channel: Channel | undefined, d: OutgoingDelivery, timeoutMs: number): Promise<SendResult> {
  if (!channel) return { dead: true, reason: `not_configured: the ${d.channel} channel is not set up on this server` }
  let timer: NodeJS.Timeout | undefined
  try {
    return await Promise.race([
      channel.send(d),
      new Promise<SendResult>((resolve) => (timer = setTimeout(resolve, timeoutMs, { retry: true, reason: `no answer within ${timeoutMs} ms` }))),
    ])
  } catch (err) {
    return { retry: true, reason: err instanceof Error ? err.message : String(err) }
  } finally {
    clearTimeout(timer)
  }
}

function outcomeOf(r: ClaimedRow, result: SendResult, latencyMs: number, now: Date, o: WorkerOptions): Outcome {
  const base = { deliveryId: r.id, channel: r.channel, attempt: r.attempts, latencyMs }
  const tries = r.attempts - r.tries_before_resend
  if ('ok' in result) return { ...base, outcome: 'sent', answer: result.answer ?? 'ok', status: 'sent', nextAttemptAt: now, lastError: null }
  if ('skipped' in result) return { ...base, outcome: 'skipped', answer: result.reason, status: 'skipped', nextAttemptAt: now, lastError: result.reason }
  if ('dead' in result) return { ...base, outcome: 'dead', answer: result.reason, status: 'dead', nextAttemptAt: now, lastError: result.reason }
  if (tries >= o.maxAttempts)
    return { ...base, outcome: 'retry', answer: result.reason, status: 'dead', nextAttemptAt: now, lastError: `gave up after ${tries} tries: ${result.reason}` }
  return { ...base, outcome: 'retry', answer: result.reason, status: 'failed', nextAttemptAt: new Date(now.getTime() + backoffMs(tries, o)), lastError: result.reason }
}

const DAY_MS = 24 * 3_600_000

/** Each claimed delivery's gate: the resident's choices, quiet hours and the daily SMS cap, read once per round. */
async function gatesFor(app: App, claimed: ClaimedRow[], now: Date): Promise<Gate[]> {
  const external = [...new Set(claimed.filter((r) => r.channel !== 'in_app').map((r) => r.resident_id))]
  const prefs = await findPreferencesOf(app.db, external)
  const smsSent = await smsSentSince(app.db, [...new Set(claimed.filter((r) => r.channel === 'sms').map((r) => r.resident_id))], new Date(now.getTime() - DAY_MS))
  return claimed.map((r) => {
    const g = gate({ channel: r.channel, kind: r.kind, params: r.params, active: r.active, timeZone: r.time_zone },
      prefs.get(r.resident_id) ?? DEFAULT_PREFERENCES, now, smsSent.get(r.resident_id) ?? 0, app.config.smsDailyCap)
    // Counted as they are decided, so one round cannot send past the cap.
    if ('send' in g && r.channel === 'sms' && r.kind !== 'seat_offered') smsSent.set(r.resident_id, (smsSent.get(r.resident_id) ?? 0) + 1)
    return g
  })
}

function gatedOutcome(r: ClaimedRow, g: Exclude<Gate, { send: true }>, now: Date): Outcome {
  const base = { deliveryId: r.id, channel: r.channel, attempt: r.attempts, latencyMs: 0 }
  if ('skip' in g) return { ...base, outcome: 'skipped', answer: g.skip, status: 'skipped', nextAttemptAt: now, lastError: g.skip }
  return { ...base, outcome: 'deferred', answer: g.reason, status: r.attempts > 1 ? 'failed' : 'pending', nextAttemptAt: g.deferUntil, lastError: g.reason }
}

/**
 * Fans new notifications out to push and SMS, then sends what is due over its channel, keeps every
 * try, retries passing failures with exponential backoff and gives up (dead, with the reason) after
 * maxAttempts. Safe to run on every replica at once: a delivery is claimed by one worker before it
 * is sent (see claimDue).
 */
export async function deliverDue(app: App, channels: Channels = liveChannels(app), options: Partial<WorkerOptions> = {}) {
  const o = { ...defaultWorkerOptions, ...options }
  const totals = { sent: 0, retried: 0, dead: 0, skipped: 0 }
  const external = EXTERNAL.filter((c) => channels[c]).map((c) => ({ channel: c, reach: channels[c]!.reach }))
  for (let round = 0; round < o.maxRounds; round++) {
    const now = app.clock()
    const fanned = await fanOut(app.db, external, now, o.batch)
    const claimed = await claimDue(app.db, now, new Date(now.getTime() + o.leaseMs), o.batch)
    const gates = await gatesFor(app, claimed, now)
    const outcomes: Outcome[] = []
    const toSend = claimed.filter((r, i) => {
      const g = gates[i]!
      if (!('send' in g)) outcomes.push(gatedOutcome(r, g, now))
      return 'send' in g
    })
    for (let i = 0; i < toSend.length; i += o.concurrency) {
      await Promise.all(toSend.slice(i, i + o.concurrency).map(async (r) => {
        const started = performance.now()
        const result = await sendOnce(channels[r.channel], toOutgoing(r), o.sendTimeoutMs)
        outcomes.push(outcomeOf(r, result, performance.now() - started, app.clock(), o))
      }))
    }
    await recordOutcomes(app.db, outcomes, app.clock())
    for (const out of outcomes) if (out.outcome !== 'deferred') totals[out.status === 'failed' ? 'retried' : (out.status as 'sent' | 'dead' | 'skipped')]++
    if (claimed.length < o.batch && fanned < o.batch) break
  }
  return totals
}

/**
 * Runs every `everyMs` (a second by default, so a resident sees an offered seat within one) on the
 * app's job scheduler. It runs on every replica rather than once across them: deliverDue claims
 * each delivery itself (FOR UPDATE SKIP LOCKED), so replicas share the sending and a slow channel
 * on one holds up no other, where a single job row would put all sending through one replica at a
 * time. After a failed round (the database is down) it waits longer, up to a minute, and logs once.
 */
export function scheduleNotificationWorker(app: App, everyMs = 1_000) {
  const job = defineJob(app, { name: 'deliver-notifications', everyMs, everyReplica: true, run: () => deliverDue(app) })
  // A change a request just committed may have queued notices: send them now rather than at the
  // next tick, so the phone of a resident offered a seat hears of it within a moment.
  app.addHook('onResponse', (request, _reply, done) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') job.runNow()
    done()
  })
}
