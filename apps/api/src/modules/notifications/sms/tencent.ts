import { createHash, createHmac } from 'node:crypto'
import type { TencentSmsConfig } from './config'
import { type SmsResult, postToProvider } from './message'

/*
 * Tencent Cloud SMS, SendSms of API 2021-01-11, signed with TC3-HMAC-SHA256:
 * https://www.tencentcloud.com/document/product/382/40467 (signature v3) and
 * https://www.tencentcloud.com/document/api/382/40536 (SendSms).
 */

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex')
const hmac = (key: string | Buffer, s: string) => createHmac('sha256', key).update(s, 'utf8').digest()

export interface Tc3Input {
  secretId: string
  secretKey: string
  /** The product, as in its host name: 'sms' for sms.tencentcloudapi.com. */
  service: string
  host: string
  contentType: string
  /** Unix seconds, the X-TC-Timestamp header. */
  timestamp: number
  payload: string
}

/** The Authorization header of a POST signing content-type and host (the two the signature requires). */
export function tc3Authorization(i: Tc3Input) {
  const date = new Date(i.timestamp * 1000).toISOString().slice(0, 10)
  const canonicalRequest = ['POST', '/', '', `content-type:${i.contentType}\nhost:${i.host.toLowerCase()}\n`, 'content-type;host', sha256(i.payload)].join('\n')
  const scope = `${date}/${i.service}/tc3_request`
  const stringToSign = ['TC3-HMAC-SHA256', String(i.timestamp), scope, sha256(canonicalRequest)].join('\n')
  const signingKey = hmac(hmac(hmac(`TC3${i.secretKey}`, date), i.service), 'tc3_request')
  const signature = hmac(signingKey, stringToSign).toString('hex')
  return `TC3-HMAC-SHA256 Credential=${i.secretId}/${scope}, SignedHeaders=content-type;host, Signature=${signature}`
}

/** Passing failures: rate limits (the API's, a number's daily or hourly cap), the SMS package running out, the service itself. */
const PASSING = /^(InternalError|RequestLimitExceeded|LimitExceeded|ResourceUnavailable|FailedOperation\.InsufficientBalanceInSmsPackage)/

interface TencentAnswer {
  Response?: {
    RequestId?: string
    Error?: { Code: string; Message: string }
    SendStatusSet?: { SerialNo?: string; Code: string; Message: string }[]
  }
}

const byCode = (status: number, code: string, message: string): SmsResult => {
  const reason = `tencent ${code}: ${message}`
  return status >= 500 || PASSING.test(code) ? { retry: true, reason } : { dead: true, reason }
}

/** What an answer means: Ok is sent; a bad number, template, sign name or key never will be. */
export function tencentResult(status: number, a: TencentAnswer): SmsResult {
  const r = a.Response
  if (!r) return byCode(status, `HTTP ${status}`, 'an answer without a Response')
  if (r.Error) return byCode(status, r.Error.Code, r.Error.Message)
  const s = r.SendStatusSet?.[0]
  if (!s) return { retry: true, reason: `tencent: no send status in the answer (RequestId ${r.RequestId ?? '-'})` }
  if (s.Code === 'Ok') return { ok: true, answer: `tencent SerialNo ${s.SerialNo ?? '-'}, RequestId ${r.RequestId ?? '-'}` }
  return byCode(status, s.Code, s.Message)
}

export function sendTencentSms(config: TencentSmsConfig) {
  const url = new URL(`${config.endpoint}/`)
  const contentType = 'application/json; charset=utf-8'
  return async (phone: string, templateId: string, variables: [string, string][], sessionContext: string): Promise<SmsResult> => {
    const payload = JSON.stringify({
      // E.164: a mainland number is +86 and its 11 digits.
      PhoneNumberSet: [phone.startsWith('+') ? phone : `+86${phone}`],
      SmsSdkAppId: config.sdkAppId, SignName: config.signName, TemplateId: templateId,
      TemplateParamSet: variables.map(([, value]) => value), SessionContext: sessionContext,
    })
    // The provider's clock, not the app's: it refuses a timestamp more than 5 minutes off.
    const timestamp = Math.floor(Date.now() / 1000)
    const authorization = tc3Authorization({ secretId: config.secretId, secretKey: config.secretKey, service: 'sms', host: url.host, contentType, timestamp, payload })
    const answer = await postToProvider('tencent', url.href, {
      headers: {
        authorization, 'content-type': contentType, 'x-tc-action': 'SendSms', 'x-tc-version': '2021-01-11',
        'x-tc-timestamp': String(timestamp), 'x-tc-region': config.region,
      },
      body: payload,
    })
    return 'failed' in answer ? answer.failed : tencentResult(answer.status, answer.json as TencentAnswer)
  }
}
