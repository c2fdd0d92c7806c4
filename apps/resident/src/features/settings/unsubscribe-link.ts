import type { ExternalChannel, UnsubscribeQuery } from '@linli/contracts'

type QueryValue = string | null | (string | null)[] | undefined
const one = (v: QueryValue) => (Array.isArray(v) ? v[0] : v) ?? ''
const CHANNELS: readonly ExternalChannel[] = ['sms', 'web_push']

/**
 * The token and channel of an unsubscribe link as the page's route sees them, or null when the
 * link cannot be one of ours (cut short when copied, a wrong channel), so the page says so at once.
 * Tokens are lowercase hex; some SMS apps upper-case a link they make clickable.
 */
export function unsubscribeQuery(query: { t?: QueryValue; channel?: QueryValue }): UnsubscribeQuery | null {
  const t = one(query.t).trim().toLowerCase()
  const channel = one(query.channel).trim()
  if (!/^[0-9a-f]{32}$/.test(t)) return null
  return (CHANNELS as readonly string[]).includes(channel) ? { t, channel: channel as ExternalChannel } : null
}
