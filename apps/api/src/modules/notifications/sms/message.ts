import type { NotificationKind, NotificationLanguage, NotificationParams } from '@linli/contracts'

/*
 * What an SMS channel takes and answers. These are the parts of channels.ts's OutgoingDelivery and
 * SendResult the SMS code needs, restated here because channels.ts imports this folder (an import
 * back would close a circle); channels.ts registering the SMS channel as a Channel is what checks
 * that the two still agree.
 */

export interface SmsMessage {
  /** The delivery's id: passed to the provider so its records can be matched to ours. */
  id: string
  kind: NotificationKind
  params: NotificationParams
  language: NotificationLanguage
  /** A mainland mobile number, 11 digits. */
  phone: string
  link: string
  unsubscribeLink: string
}

export type SmsResult =
  | { ok: true; answer: string } | { retry: true; reason: string } | { dead: true; reason: string } | { skipped: true; reason: string }

export interface SmsChannel {
  /** false for the stand-in that only prints to the log: the health line then says "not configured". */
  configured: boolean
  send: (message: SmsMessage) => Promise<SmsResult>
}

/** Longer than any provider takes to answer, shorter than the worker's own limit on a send. */
export const PROVIDER_TIMEOUT_MS = 10_000

/**
 * POSTs to a provider and reads its JSON answer. A network failure, a timeout or an answer that is
 * not JSON from a 5xx (a proxy's error page) is a passing failure; the caller maps everything else.
 */
export async function postToProvider(
  name: string, url: string, init: { headers: Record<string, string>; body: string },
): Promise<{ failed: SmsResult } | { status: number; json: unknown }> {
  let res: Response
  try {
    res = await fetch(url, { method: 'POST', ...init, signal: AbortSignal.timeout(PROVIDER_TIMEOUT_MS) })
  } catch (err) {
    const timedOut = err instanceof Error && err.name === 'TimeoutError'
    return { failed: { retry: true, reason: `${name}: ${timedOut ? `no answer within ${PROVIDER_TIMEOUT_MS / 1000} s` : describe(err)}` } }
  }
  const text = await res.text()
  try {
    return { status: res.status, json: JSON.parse(text) as unknown }
  } catch {
    const reason = `${name}: HTTP ${res.status} ${text.slice(0, 200)}`.trim()
    return { failed: res.status >= 500 || res.status === 429 ? { retry: true, reason } : { dead: true, reason } }
  }
}

const describe = (err: unknown) => {
  if (!(err instanceof Error)) return String(err)
  const cause = err.cause instanceof Error ? `: ${err.cause.message}` : ''
  return `${err.message}${cause}`
}
