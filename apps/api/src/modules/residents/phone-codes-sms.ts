import type { FastifyBaseLogger } from 'fastify'
import type { Config } from '../../config'
import { sendAliyunSms } from '../notifications/sms/aliyun'
import { maskPhone } from '../notifications/sms/log'
import type { SmsResult } from '../notifications/sms/message'
import { sendTencentSms } from '../notifications/sms/tencent'

/** Sends one code; `reference` (the code's row id) is what the provider's records carry. */
export type SendCode = (phone: string, code: string, reference: string) => Promise<SmsResult>

/**
 * How codes leave this server: through the SMS provider with its code template (variable `code`),
 * or, with no provider (the demo), into the server log so sign-up still works end to end. Codes
 * are not notifications: no inbox row, no quiet hours or daily cap, and no unsubscribe link.
 * Undefined when a provider is set up without SMS_CODE_TEMPLATE: codes cannot be sent at all.
 */
export function codeSender(app: { config: Config; log: FastifyBaseLogger }): SendCode | undefined {
  const sms = app.config.sms
  if (!sms) {
    return async (phone, code) => {
      app.log.info({ sms: { to: maskPhone(phone), kind: 'phone_code' } }, `短信验证码 ${maskPhone(phone)}: ${code} (SMS not sent: no SMS_PROVIDER set)`)
      return { skipped: true, reason: 'not_configured: printed to the server log' }
    }
  }
  const template = sms.codeTemplate
  if (!template) return undefined
  const send = sms.provider === 'aliyun' ? sendAliyunSms(sms) : sendTencentSms(sms)
  return (phone, code, reference) => send(phone, template, [['code', code]], reference)
}
