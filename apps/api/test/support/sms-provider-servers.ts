import { createHash, createHmac, randomUUID } from 'node:crypto'
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/*
 * Alibaba Cloud and Tencent Cloud SMS on this machine. Each checks a request the way its provider
 * does, with signature code written here from the providers' documentation and shared with nothing
 * in src/ (a bug copied into both would otherwise pass), refuses a bad one with the provider's own
 * error, then answers what the test scripted for the recipient's number.
 */

export type Scenario = 'ok' | 'throttled' | 'down' | 'invalid_number' | 'template_not_approved'

/** One SMS a provider accepted to send. */
export interface Received {
  phone: string
  signName: string
  template: string
  /** Alibaba: the named values; Tencent: the values in template order. */
  params: Record<string, string> | string[]
  /** Our delivery id, as Alibaba's OutId / Tencent's SessionContext. */
  reference: string
  /** What the provider answered with: its request id (and BizId / SerialNo). */
  id: string
}

export interface FakeProvider {
  url: string
  received: Received[]
  /** Requests refused for their signature. */
  refused: number
  /** What the next sends to a number meet, in order; then 'ok'. */
  script(phone: string, ...scenarios: Scenario[]): void
  close(): Promise<void>
}

/** RFC 3986 by bytes: unreserved characters as they are, every other byte %XX. */
const rfc3986 = (s: string) =>
  [...Buffer.from(s, 'utf8')].map((b) => (/[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('')

/** Alibaba's RPC signature 1.0, as the documentation spells it out. */
export function aliyunExpectedSignature(method: string, params: URLSearchParams, secret: string) {
  const pairs = [...params].filter(([k]) => k !== 'Signature').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const canonical = pairs.map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`).join('&')
  return createHmac('sha1', `${secret}&`).update(`${method}&${rfc3986('/')}&${rfc3986(canonical)}`).digest('base64')
}

/** Tencent's TC3-HMAC-SHA256 signature over the headers the request says it signed. */
export function tencentExpectedSignature(req: { headers: Record<string, string | undefined>; body: string; signedHeaders: string[]; date: string; service: string; timestamp: string }, secretKey: string) {
  const hex = (s: string) => createHash('sha256').update(s).digest('hex')
  const mac = (k: string | Buffer, s: string) => createHmac('sha256', k).update(s).digest()
  const headers = req.signedHeaders.map((h) => `${h}:${(req.headers[h] ?? '').trim().toLowerCase()}\n`).join('')
  const canonical = `POST\n/\n\n${headers}\n${req.signedHeaders.join(';')}\n${hex(req.body)}`
  const toSign = `TC3-HMAC-SHA256\n${req.timestamp}\n${req.date}/${req.service}/tc3_request\n${hex(canonical)}`
  return mac(mac(mac(mac(`TC3${secretKey}`, req.date), req.service), 'tc3_request'), toSign).toString('hex')
}

async function listen(handle: (req: IncomingMessage, body: string) => { status: number; json: unknown } | 'not_json_500') {
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const answer = handle(req, Buffer.concat(chunks).toString('utf8'))
    if (answer === 'not_json_500') return void res.writeHead(500, { 'content-type': 'text/html' }).end('<html><body>500 Internal Server Error</body></html>')
    res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.json))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

function scripts() {
  const queues = new Map<string, Scenario[]>()
  return {
    script: (phone: string, ...s: Scenario[]) => void queues.set(phone, [...(queues.get(phone) ?? []), ...s]),
    next: (phone: string): Scenario => queues.get(phone)?.shift() ?? 'ok',
  }
}

const withinMinutes = (at: Date, minutes: number) => Math.abs(at.getTime() - Date.now()) <= minutes * 60_000

export async function fakeAliyun(keys: { id: string; secret: string }): Promise<FakeProvider> {
  const received: Received[] = []
  const nonces = new Set<string>()
  const { script, next } = scripts()
  let refused = 0
  let n = 0
  const error = (status: number, Code: string, Message: string) => ({ status, json: { RequestId: randomUUID(), HostId: 'dysmsapi.aliyuncs.com', Code, Message } })
  const server = await listen((req, body) => {
    const p = new URLSearchParams(body)
    const query = new URL(req.url ?? '/', 'http://x').searchParams
    for (const [k, v] of query) p.append(k, v)
    if (p.get('Action') !== 'SendSms' || p.get('Version') !== '2017-05-25') return error(404, 'InvalidAction.NotFound', 'Specified api is not found, please check your url and method.')
    if (p.get('AccessKeyId') !== keys.id) return error(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.')
    if (p.get('SignatureMethod') !== 'HMAC-SHA1' || p.get('SignatureVersion') !== '1.0') return error(400, 'InvalidSignatureMethod', 'Specified signature method is not supported.')
    const ts = p.get('Timestamp') ?? ''
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(ts) || !withinMinutes(new Date(ts), 15)) return error(400, 'InvalidTimeStamp.Expired', `Specified time stamp or date value is expired. ${ts}`)
    if (aliyunExpectedSignature(req.method ?? 'GET', p, keys.secret) !== p.get('Signature')) {
      refused++
      return error(400, 'SignatureDoesNotMatch', 'Specified signature does not match our calculation.')
    }
    const nonce = p.get('SignatureNonce') ?? ''
    if (!nonce || nonces.has(nonce)) return error(400, 'SignatureNonceUsed', 'Specified signature nonce was used already.')
    nonces.add(nonce)
    const phone = p.get('PhoneNumbers') ?? ''
    const RequestId = `ali-req-${++n}`
    const answer = (Code: string, Message: string, extra = {}) => ({ status: 200, json: { RequestId, Code, Message, ...extra } })
    switch (next(phone)) {
      case 'throttled': return answer('isv.BUSINESS_LIMIT_CONTROL', '触发号码天级流控Permits:10')
      case 'down': return { status: 500, json: { RequestId, HostId: 'dysmsapi.aliyuncs.com', Code: 'InternalError', Message: 'The request processing has failed due to some unknown error.' } }
      case 'invalid_number': return answer('isv.MOBILE_NUMBER_ILLEGAL', '非法手机号')
      case 'template_not_approved': return answer('isv.SMS_TEMPLATE_ILLEGAL', '该账号下找不到对应模板')
      case 'ok': {
        const BizId = `9006197469364984${n}^0`
        received.push({ phone, signName: p.get('SignName') ?? '', template: p.get('TemplateCode') ?? '', params: JSON.parse(p.get('TemplateParam') ?? '{}'), reference: p.get('OutId') ?? '', id: RequestId })
        return answer('OK', 'OK', { BizId })
      }
    }
  })
  return { ...server, received, script, get refused() { return refused } }
}

export async function fakeTencent(keys: { id: string; secret: string; sdkAppId: string }): Promise<FakeProvider> {
  const received: Received[] = []
  const { script, next } = scripts()
  let refused = 0
  let n = 0
  const server = await listen((req, body) => {
    const RequestId = `tc-req-${++n}`
    const error = (Code: string, Message: string) => ({ status: 200, json: { Response: { Error: { Code, Message }, RequestId } } })
    const h = req.headers as Record<string, string | undefined>
    if (h['x-tc-action'] !== 'SendSms') return error('InvalidAction', 'The action you requested does not exist.')
    if (h['x-tc-version'] !== '2021-01-11') return error('NoSuchVersion', 'The requested version does not exist.')
    if (!h['x-tc-region']) return error('MissingParameter', 'The request is missing a required parameter `Region`.')
    const m = /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/([a-z]+)\/tc3_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/.exec(h.authorization ?? '')
    if (!m) return error('AuthFailure.InvalidAuthorization', 'Authorization format is invalid.')
    const [, id, date, service, signed, signature] = m
    if (id !== keys.id) return error('AuthFailure.SecretIdNotFound', 'The SecretId is not found.')
    const timestamp = h['x-tc-timestamp'] ?? ''
    const at = new Date(Number(timestamp) * 1000)
    if (!/^\d+$/.test(timestamp) || !withinMinutes(at, 5)) return error('AuthFailure.SignatureExpire', 'Signature expired.')
    const headers = signed!.split(';')
    if (service !== 'sms' || date !== at.toISOString().slice(0, 10) || !headers.includes('content-type') || !headers.includes('host')
      || tencentExpectedSignature({ headers: h, body, signedHeaders: headers, date: date!, service: service!, timestamp }, keys.secret) !== signature) {
      refused++
      return error('AuthFailure.SignatureFailure', 'The provided credentials could not be validated. Please check your signature is correct.')
    }
    const r = JSON.parse(body) as { PhoneNumberSet: string[]; SmsSdkAppId: string; SignName: string; TemplateId: string; TemplateParamSet: string[]; SessionContext: string }
    if (r.SmsSdkAppId !== keys.sdkAppId) return error('FailedOperation.SmsSdkAppIdVerifyFail', 'SmsSdkAppId verify fail.')
    const phone = r.PhoneNumberSet[0] ?? ''
    const status = (Code: string, Message: string, SerialNo = '') =>
      ({ status: 200, json: { Response: { SendStatusSet: [{ SerialNo, PhoneNumber: phone, Fee: Code === 'Ok' ? 1 : 0, SessionContext: r.SessionContext, Code, Message, IsoCode: 'CN' }], RequestId } } })
    switch (next(phone)) {
      case 'throttled': return status('LimitExceeded.PhoneNumberOneHourLimit', '单个手机号1小时内下发短信条数超过设定的上限')
      case 'down': return 'not_json_500'
      case 'invalid_number': return status('InvalidParameterValue.IncorrectPhoneNumber', '手机号格式错误')
      case 'template_not_approved': return error('FailedOperation.TemplateIncorrectOrUnapproved', '模板未审批或请求的内容与审核通过的模板内容不匹配')
      case 'ok': {
        const serial = `2645:${String(n).padStart(8, '0')}16587432100`
        received.push({ phone, signName: r.SignName, template: r.TemplateId, params: r.TemplateParamSet, reference: r.SessionContext, id: RequestId })
        return status('Ok', 'send success', serial)
      }
    }
  })
  return { ...server, received, script, get refused() { return refused } }
}
