import { createHmac, randomUUID } from 'node:crypto'
import type { AliyunSmsConfig } from './config'
import { type SmsResult, postToProvider } from './message'

/*
 * Alibaba Cloud SMS (dysmsapi 2017-05-25), SendSms over the RPC style signed with HMAC-SHA1
 * (SignatureVersion 1.0): https://help.aliyun.com/en/sms/developer-reference/api-dysmsapi-2017-05-25-sendsms
 */

/** RFC 3986 percent-encoding as the signature wants it: only A-Z a-z 0-9 - _ . ~ stay as they are. */
export const percentEncode = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)

/** The canonicalized query: every parameter but Signature, sorted by name, encoded, joined with &. */
export const canonicalQuery = (params: Record<string, string>) =>
  Object.keys(params).filter((k) => k !== 'Signature').sort()
    .map((k) => `${percentEncode(k)}=${percentEncode(params[k]!)}`).join('&')

/** Base64(HMAC-SHA1(secret + '&', method & %2F & percentEncode(canonical query))). */
export function aliyunSignature(method: string, params: Record<string, string>, accessKeySecret: string) {
  const stringToSign = `${method}&${percentEncode('/')}&${percentEncode(canonicalQuery(params))}`
  return createHmac('sha1', `${accessKeySecret}&`).update(stringToSign, 'utf8').digest('base64')
}

/** Passing failures: throttling (the API's, or a number's rate limit), the balance, the service itself. */
const PASSING = /^(Throttling|ServiceUnavailable|InternalError|isp\.SYSTEM_ERROR|isv\.BUSINESS_LIMIT_CONTROL|isv\.AMOUNT_NOT_ENOUGH|isv\.OUT_OF_SERVICE|SignatureNonceUsed)/

interface AliyunAnswer { Code?: string; Message?: string; RequestId?: string; BizId?: string }

/** What an answer means for the delivery: OK is sent; a bad number, template, sign name or key never will be. */
export function aliyunResult(status: number, a: AliyunAnswer): SmsResult {
  if (a.Code === 'OK') return { ok: true, answer: `aliyun BizId ${a.BizId ?? '-'}, RequestId ${a.RequestId ?? '-'}` }
  const reason = `aliyun ${a.Code ?? `HTTP ${status}`}: ${a.Message ?? 'no message'}`
  return status >= 500 || status === 429 || PASSING.test(a.Code ?? '') ? { retry: true, reason } : { dead: true, reason }
}

export function sendAliyunSms(config: AliyunSmsConfig) {
  return async (phone: string, templateId: string, variables: [string, string][], outId: string): Promise<SmsResult> => {
    const params: Record<string, string> = {
      Action: 'SendSms', Version: '2017-05-25', Format: 'JSON', RegionId: 'cn-hangzhou',
      AccessKeyId: config.accessKeyId, SignatureMethod: 'HMAC-SHA1', SignatureVersion: '1.0', SignatureNonce: randomUUID(),
      // The provider's clock, not the app's: it refuses a timestamp more than 15 minutes off.
      Timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      PhoneNumbers: phone, SignName: config.signName, TemplateCode: templateId,
      TemplateParam: JSON.stringify(Object.fromEntries(variables)), OutId: outId,
    }
    params.Signature = aliyunSignature('POST', params, config.accessKeySecret)
    // In the body rather than the query, so residents' numbers stay out of proxies' access logs.
    const answer = await postToProvider('aliyun', `${config.endpoint}/`, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: Object.entries(params).map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join('&'),
    })
    return 'failed' in answer ? answer.failed : aliyunResult(answer.status, answer.json as AliyunAnswer)
  }
}
