import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/*
 * A small S3-compatible server for the tests: PutObject, GetObject, DeleteObject, DeleteObjects and
 * ListObjectsV2 on one in-memory bucket, path-style. Every request's SigV4 signature is checked
 * here with this file's own code (not the client's): the canonical request is rebuilt from the raw
 * request line and headers and signed with the secret, so a client that signs wrongly is refused
 * with 403 SignatureDoesNotMatch as S3 would refuse it.
 */

export interface StoredObject { bytes: Buffer; contentType: string; lastModified: Date }

export interface S3TestServer {
  /** http://127.0.0.1:<port>, for S3_ENDPOINT. */
  endpoint: string
  bucket: string
  accessKeyId: string
  secretAccessKey: string
  /** S3_* variables for loadConfig pointing at this server. */
  env: Record<string, string>
  objects: Map<string, StoredObject>
  /** Every request answered: method, path and status. */
  log: { method: string; path: string; status: number; code?: string }[]
  /** When set, every request is answered 503 with this S3 error code. */
  failing: string | undefined
  /** When set, every request is answered 307 Temporary Redirect to this address (plus the request's path). */
  redirecting: string | undefined
  /** Objects a ListObjectsV2 page holds at most (S3: 1000); small to exercise continuation tokens. */
  pageSize: number
  /** Stops listening (requests are refused, as with a server that is down) and starts again on the same port. */
  down(): Promise<void>
  up(): Promise<void>
  close(): Promise<void>
}

const hmac = (key: string | Buffer, text: string) => createHmac('sha256', key).update(text, 'utf8').digest()
const hex = (data: Buffer | string) => createHash('sha256').update(data).digest('hex')
// Each byte outside A-Z a-z 0-9 - . _ ~ as %XY (upper case), per the SigV4 description.
function encode(text: string, slash: boolean) {
  let out = ''
  for (const byte of Buffer.from(text, 'utf8')) {
    const c = String.fromCharCode(byte)
    out += /[A-Za-z0-9\-._~]/.test(c) || (slash && c === '/') ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return out
}
const decode = (text: string) => decodeURIComponent(text)
const decodeQuery = (text: string) => decodeURIComponent(text.replace(/\+/g, '%20'))
const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const unxml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')

class Refusal extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message)
  }
}

/** The request's signature, checked from scratch; throws a Refusal saying what S3 would say. */
function verify(req: IncomingMessage, rawPath: string, rawQuery: string, body: Buffer, s: S3TestServer, now: Date) {
  const auth = req.headers.authorization ?? ''
  const m = /^AWS4-HMAC-SHA256 Credential=([^/,\s]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request,\s*SignedHeaders=([a-z0-9;-]+),\s*Signature=([0-9a-f]{64})$/.exec(auth)
  if (!m) throw new Refusal(403, 'AccessDenied', 'No or malformed AWS4-HMAC-SHA256 Authorization header')
  const [, keyId, day, region, signedList, signature] = m as unknown as [string, string, string, string, string, string]
  if (keyId !== s.accessKeyId) throw new Refusal(403, 'InvalidAccessKeyId', 'The access key id does not exist in our records')
  const stamp = String(req.headers['x-amz-date'] ?? '')
  const t = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(stamp)
  if (!t) throw new Refusal(403, 'AccessDenied', 'x-amz-date is missing or not YYYYMMDDTHHMMSSZ')
  const at = Date.UTC(+t[1]!, +t[2]! - 1, +t[3]!, +t[4]!, +t[5]!, +t[6]!)
  if (Number.isNaN(at) || new Date(at).toISOString().slice(0, 19).replace(/[-:]/g, '') !== stamp.slice(0, 15))
    throw new Refusal(403, 'AccessDenied', 'x-amz-date is not a real time')
  if (Math.abs(at - now.getTime()) > 15 * 60_000) throw new Refusal(403, 'RequestTimeTooSkewed', 'The difference between the request time and the server time is too large')
  if (day !== stamp.slice(0, 8)) throw new Refusal(403, 'SignatureDoesNotMatch', 'The credential date is not the day of x-amz-date')
  if (region !== 'us-east-1') throw new Refusal(400, 'AuthorizationHeaderMalformed', `the region '${region}' is wrong; expecting 'us-east-1'`)
  const signed = signedList.split(';')
  for (const needed of ['host', 'x-amz-date', 'x-amz-content-sha256'])
    if (!signed.includes(needed)) throw new Refusal(403, 'AccessDenied', `${needed} must be signed`)
  if ([...signed].sort().join(';') !== signedList) throw new Refusal(403, 'SignatureDoesNotMatch', 'SignedHeaders are not sorted')
  const claimed = String(req.headers['x-amz-content-sha256'] ?? '')
  if (claimed !== hex(body)) throw new Refusal(400, 'XAmzContentSHA256Mismatch', "The provided 'x-amz-content-sha256' header does not match what was computed")
  if (req.headers['content-md5'] !== undefined && req.headers['content-md5'] !== createHash('md5').update(body).digest('base64'))
    throw new Refusal(400, 'BadDigest', 'The Content-MD5 you specified did not match what we received')

  const canonicalUri = rawPath.split('/').map((seg) => encode(decode(seg), false)).join('/')
  const canonicalQuery = rawQuery ? rawQuery.split('&').filter(Boolean).map((pair) => {
    const eq = pair.indexOf('=')
    const [k, v] = eq < 0 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)]
    return [encode(decodeQuery(k), false), encode(decodeQuery(v), false)]
  }).sort((a, b) => (a[0]! === b[0]! ? (a[1]! < b[1]! ? -1 : 1) : a[0]! < b[0]! ? -1 : 1)).map(([k, v]) => `${k}=${v}`).join('&') : ''
  const headerLines = signed.map((name) => {
    const value = req.headers[name]
    if (value === undefined) throw new Refusal(403, 'SignatureDoesNotMatch', `signed header ${name} was not sent`)
    return `${name}:${(Array.isArray(value) ? value.join(',') : value).trim().replace(/\s+/g, ' ')}\n`
  }).join('')
  const canonical = `${req.method}\n${canonicalUri}\n${canonicalQuery}\n${headerLines}\n${signedList}\n${claimed}`
  const toSign = `AWS4-HMAC-SHA256\n${stamp}\n${day}/${region}/s3/aws4_request\n${hex(canonical)}`
  const key = hmac(hmac(hmac(hmac(`AWS4${s.secretAccessKey}`, day), region), 's3'), 'aws4_request')
  const expected = createHmac('sha256', key).update(toSign, 'utf8').digest()
  if (!timingSafeEqual(expected, Buffer.from(signature, 'hex')))
    throw new Refusal(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided')
}

function errorXml(code: string, message: string) {
  return `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${xml(message)}</Message></Error>`
}

function handle(s: S3TestServer, req: IncomingMessage, body: Buffer, res: ServerResponse) {
  const [rawPath = '/', rawQuery = ''] = (req.url ?? '/').split('?', 2) as [string, string?]
  const answer = (status: number, payload: string | Buffer = '', headers: Record<string, string> = {}, code?: string) => {
    s.log.push({ method: req.method!, path: decode(rawPath), status, ...(code && { code }) })
    res.writeHead(status, { 'content-length': String(Buffer.byteLength(payload)), ...headers }).end(payload)
  }
  try {
    if (s.failing) throw new Refusal(503, s.failing, 'Please reduce your request rate.')
    if (s.redirecting) return answer(307, '', { location: `${s.redirecting}${req.url ?? '/'}` })
    verify(req, rawPath, rawQuery, body, s, new Date())
    const query = new URLSearchParams(rawQuery)
    const [, bucket = '', ...rest] = rawPath.split('/')
    const key = rest.map(decode).join('/')
    if (decode(bucket) !== s.bucket) throw new Refusal(404, 'NoSuchBucket', 'The specified bucket does not exist')
    if (key) {
      if (req.method === 'PUT') {
        s.objects.set(key, { bytes: body, contentType: String(req.headers['content-type'] ?? 'binary/octet-stream'), lastModified: new Date() })
        return answer(200, '', { etag: `"${createHash('md5').update(body).digest('hex')}"` })
      }
      if (req.method === 'GET') {
        const o = s.objects.get(key)
        if (!o) throw new Refusal(404, 'NoSuchKey', 'The specified key does not exist.')
        return answer(200, o.bytes, { 'content-type': o.contentType, 'last-modified': o.lastModified.toUTCString() })
      }
      if (req.method === 'DELETE') {
        s.objects.delete(key)
        return answer(204)
      }
    } else if (req.method === 'POST' && query.has('delete')) {
      if (!req.headers['content-md5']) throw new Refusal(400, 'InvalidRequest', 'Missing required header for this request: Content-MD5')
      for (const m of body.toString('utf8').matchAll(/<Key>([\s\S]*?)<\/Key>/g)) s.objects.delete(unxml(m[1]!))
      return answer(200, '<?xml version="1.0" encoding="UTF-8"?><DeleteResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"></DeleteResult>', { 'content-type': 'application/xml' })
    } else if (req.method === 'GET' && query.get('list-type') === '2') {
      const prefix = query.get('prefix') ?? ''
      const after = query.get('continuation-token') ? Buffer.from(query.get('continuation-token')!, 'base64url').toString() : ''
      const keys = [...s.objects.keys()].filter((k) => k.startsWith(prefix) && k > after).sort()
      const page = keys.slice(0, s.pageSize)
      const truncated = keys.length > page.length
      const contents = page.map((k) => `<Contents><Key>${xml(k)}</Key><LastModified>${s.objects.get(k)!.lastModified.toISOString()}</LastModified><Size>${s.objects.get(k)!.bytes.length}</Size></Contents>`).join('')
      return answer(200, `<?xml version="1.0" encoding="UTF-8"?><ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>${s.bucket}</Name><Prefix>${xml(prefix)}</Prefix><KeyCount>${page.length}</KeyCount><IsTruncated>${truncated}</IsTruncated>${contents}${truncated ? `<NextContinuationToken>${Buffer.from(page.at(-1)!).toString('base64url')}</NextContinuationToken>` : ''}</ListBucketResult>`, { 'content-type': 'application/xml' })
    }
    throw new Refusal(405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.')
  } catch (e) {
    if (!(e instanceof Refusal)) throw e
    answer(e.status, errorXml(e.code, e.message), { 'content-type': 'application/xml' }, e.code)
  }
}

/** Starts the server on a free port of 127.0.0.1. */
export async function startS3Server(options: { bucket?: string; accessKeyId?: string; secretAccessKey?: string } = {}): Promise<S3TestServer> {
  let server: Server | undefined
  let port = 0
  const listen = async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c)).on('end', () => handle(s, req, Buffer.concat(chunks), res))
    })
    await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  }
  const stop = () => new Promise<void>((resolve) => {
    if (!server) return resolve()
    server.closeAllConnections()
    server.close(() => resolve())
    server = undefined
  })
  const s: S3TestServer = {
    endpoint: '', bucket: options.bucket ?? 'linli-test', accessKeyId: options.accessKeyId ?? 'LINLITESTKEY', secretAccessKey: options.secretAccessKey ?? 'linli/test+secret',
    env: {}, objects: new Map(), log: [], failing: undefined, redirecting: undefined, pageSize: 1000,
    down: stop, up: listen, close: stop,
  }
  await listen()
  s.endpoint = `http://127.0.0.1:${port}`
  s.env = { S3_BUCKET: s.bucket, S3_ENDPOINT: s.endpoint, S3_ACCESS_KEY_ID: s.accessKeyId, S3_SECRET_ACCESS_KEY: s.secretAccessKey }
  return s
}
