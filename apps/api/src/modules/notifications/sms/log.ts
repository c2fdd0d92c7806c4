import type { FastifyBaseLogger } from 'fastify'
import type { SmsChannel } from './message'
import { plainText } from './templates'

/** 138****5678: enough to tell which resident in the log, not the whole number. */
export const maskPhone = (phone: string) => (phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****')

/**
 * The SMS channel of a server with no provider: nothing leaves, but the log shows what would have,
 * so a demo can follow a notice end to end. Skipped rather than failed: not sending is the set-up,
 * not a fault to retry.
 */
export function logSmsChannel(log: FastifyBaseLogger, publicUrl: string | undefined): SmsChannel {
  return {
    configured: false,
    async send(m) {
      log.info({ sms: { to: maskPhone(m.phone), kind: m.kind, text: plainText(m, publicUrl) } }, 'SMS not sent (no SMS_PROVIDER set); it would read:')
      return { skipped: true, reason: 'not_configured: printed to the server log' }
    },
  }
}
