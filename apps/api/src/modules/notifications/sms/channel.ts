import type { FastifyBaseLogger } from 'fastify'
import type { Config } from '../../../config'
import { sendAliyunSms } from './aliyun'
import type { SmsConfig } from './config'
import { logSmsChannel } from './log'
import type { SmsChannel, SmsResult } from './message'
import { sendTencentSms } from './tencent'
import { templateVariables } from './templates'

type Send = (phone: string, templateId: string, variables: [string, string][], reference: string) => Promise<SmsResult>

/** Sends each kind with its template; a kind the operator registered no template for is not an SMS kind here. */
export function providerSmsChannel(sms: SmsConfig, publicUrl: string | undefined): SmsChannel {
  const send: Send = sms.provider === 'aliyun' ? sendAliyunSms(sms) : sendTencentSms(sms)
  return {
    configured: true,
    async send(m) {
      const templateId = sms.templates[m.kind]
      if (!templateId) return { skipped: true, reason: `no_template: no SMS template for ${m.kind}` }
      return send(m.phone, templateId, templateVariables(m, publicUrl), m.id)
    },
  }
}

/** The SMS channel this server runs: the configured provider, or the log when there is none. */
export const smsChannel = (app: { config: Config; log: FastifyBaseLogger }): SmsChannel =>
  app.config.sms ? providerSmsChannel(app.config.sms, app.config.publicUrl) : logSmsChannel(app.log, app.config.publicUrl)
