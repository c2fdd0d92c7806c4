import { type ECDH, type KeyObject, createDecipheriv, createECDH, createPublicKey, hkdfSync, randomBytes, verify } from 'node:crypto'
import { Agent, type Server, createServer } from 'node:https'
import type { AddressInfo } from 'node:net'

/**
 * A self-signed certificate for 127.0.0.1 (P-256, valid until 2126), test use only: web-push
 * speaks HTTPS only, so the fake push service below serves it and the channel's agent trusts it.
 */
const TLS = {
  key: `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgAaXkJM8VgY/eWYa1
APvm5uc1U7RJwCgmwKazDyFRJBGhRANCAAQKA7++U5AT2j7oqR9E4JPSk/mknGaQ
A+KD1eL9jfmwjgBKg0TtOA6xbTeS3dvWegp3PMnPh0PJ0nQGLbxmI8m1
-----END PRIVATE KEY-----
`,
  cert: `-----BEGIN CERTIFICATE-----
MIIBkTCCATagAwIBAgIUCpbar9tw2pp2wzPoasql5TtWCC0wCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJMTI3LjAuMC4xMCAXDTI2MTIwNjAzMzQ1NVoYDzIxMjYxMTEy
MDMzNDU1WjAUMRIwEAYDVQQDDAkxMjcuMC4wLjEwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAAQKA7++U5AT2j7oqR9E4JPSk/mknGaQA+KD1eL9jfmwjgBKg0TtOA6x
bTeS3dvWegp3PMnPh0PJ0nQGLbxmI8m1o2QwYjAdBgNVHQ4EFgQUHU01X/AN3Uy3
ssWg8tuGmtp1j8kwHwYDVR0jBBgwFoAUHU01X/AN3Uy3ssWg8tuGmtp1j8kwDwYD
VR0TAQH/BAUwAwEB/zAPBgNVHREECDAGhwR/AAABMAoGCCqGSM49BAMCA0kAMEYC
IQCDrKOsyL95uM6jBDLV3jdt3cCTQoqLqXHT+CJbxq3LYgIhAOTYvSD2Jy8dlhkw
q5PXqa4mfL0RIzI/nqqPqwavDw5z
-----END CERTIFICATE-----
`,
}

/** An HTTPS agent that trusts the fake push service's certificate (and nothing else). */
export const trustingAgent = () => new Agent({ ca: TLS.cert, keepAlive: false })

/** A browser's side of a subscription (RFC 8291): its P-256 key pair and 16-byte auth secret. */
export interface FakeBrowser {
  ecdh: ECDH
  auth: Buffer
  /** The PushSubscription.toJSON() the browser would hand the page. */
  subscription: { endpoint: string; expirationTime: null; keys: { p256dh: string; auth: string } }
}

export function fakeBrowser(endpoint: string): FakeBrowser {
  const ecdh = createECDH('prime256v1')
  ecdh.generateKeys()
  const auth = randomBytes(16)
  return { ecdh, auth, subscription: { endpoint, expirationTime: null, keys: { p256dh: ecdh.getPublicKey('base64url'), auth: auth.toString('base64url') } } }
}

/** A P-256 public key (65 bytes, uncompressed) as a key object to verify ES256 signatures with. */
function p256PublicKey(raw: Buffer): KeyObject {
  if (raw.length !== 65 || raw[0] !== 0x04) throw new Error(`k is not an uncompressed P-256 point (${raw.length} bytes)`)
  return createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: raw.subarray(1, 33).toString('base64url'), y: raw.subarray(33).toString('base64url') }, format: 'jwk' })
}

/**
 * Checks `Authorization: vapid t=<JWT>, k=<key>` (RFC 8292): an ES256 JWT signed by k, for this
 * push service's origin, expiring within 24 hours, with a contact (mailto: or https:). Returns k.
 */
function checkVapid(header: string | undefined, origin: string): { k: string; sub: string } {
  const m = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+),\s*k=([\w-]+)$/.exec(header ?? '')
  if (!m) throw new Error(`Authorization is not "vapid t=…, k=…": ${header}`)
  const [, jwt, k] = m as unknown as [string, string, string]
  const [h, p, s] = jwt.split('.') as [string, string, string]
  const head = JSON.parse(Buffer.from(h, 'base64url').toString()) as { alg?: string; typ?: string }
  if (head.alg !== 'ES256') throw new Error(`JWT alg is ${head.alg}, not ES256`)
  const signed = verify('sha256', Buffer.from(`${h}.${p}`), { key: p256PublicKey(Buffer.from(k, 'base64url')), dsaEncoding: 'ieee-p1363' }, Buffer.from(s, 'base64url'))
  if (!signed) throw new Error('the JWT signature does not verify against k')
  const claims = JSON.parse(Buffer.from(p, 'base64url').toString()) as { aud?: string; exp?: number; sub?: string }
  if (claims.aud !== origin) throw new Error(`JWT aud is ${claims.aud}, not ${origin}`)
  const now = Date.now() / 1000
  if (!claims.exp || claims.exp <= now || claims.exp > now + 24 * 3600) throw new Error(`JWT exp ${claims.exp} is not within the next 24 hours`)
  if (!/^(mailto:|https:)/.test(claims.sub ?? '')) throw new Error(`JWT sub ${claims.sub} is not a mailto: or https: contact`)
  return { k, sub: claims.sub! }
}

/**
 * Decrypts an aes128gcm body (RFC 8188) as the browser does (RFC 8291): the header carries the
 * salt, record size and the sender's one-time public key; the key and nonce come from ECDH with
 * the browser's key and HKDF with its auth secret.
 */
export function decryptPush(body: Buffer, browser: FakeBrowser): string {
  const salt = body.subarray(0, 16)
  const rs = body.readUInt32BE(16)
  const idlen = body[20]!
  const senderKey = body.subarray(21, 21 + idlen)
  const records = body.subarray(21 + idlen)
  if (idlen !== 65) throw new Error(`keyid is ${idlen} bytes, not a P-256 public key`)
  if (records.length > rs) throw new Error('more than one record: not expected for a short message')
  const uaPublic = browser.ecdh.getPublicKey()
  const shared = browser.ecdh.computeSecret(senderKey)
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), uaPublic, senderKey])
  const ikm = Buffer.from(hkdfSync('sha256', shared, browser.auth, keyInfo, 32))
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16))
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12))
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce)
  decipher.setAuthTag(records.subarray(records.length - 16))
  const padded = Buffer.concat([decipher.update(records.subarray(0, records.length - 16)), decipher.final()])
  // The last record ends with the delimiter 0x02, then any zero padding.
  let end = padded.length - 1
  while (end >= 0 && padded[end] === 0) end--
  if (padded[end] !== 0x02) throw new Error('the last record does not end with the 0x02 delimiter')
  return padded.subarray(0, end).toString('utf8')
}

export interface PushRequest {
  path: string
  headers: Record<string, string | string[] | undefined>
  body: Buffer
  /** The VAPID public key the request was signed with. */
  k: string
  sub: string
}

/**
 * A push service on this machine: it checks each request as RFC 8030/8291/8292 define it and
 * keeps it, answering 201 (Created) unless `answer` says otherwise for a path. A request that
 * breaks the protocol is answered 400 and kept in `violations`.
 */
export async function startPushService() {
  const received: PushRequest[] = []
  const violations: string[] = []
  const answers = new Map<string, { status: number; body?: string }>()
  let origin = ''
  const server: Server = createServer(TLS, (req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      try {
        if (req.method !== 'POST') throw new Error(`method ${req.method}, not POST`)
        if (req.headers['content-encoding'] !== 'aes128gcm') throw new Error(`Content-Encoding ${req.headers['content-encoding']}, not aes128gcm`)
        if (!/^\d+$/.test(String(req.headers.ttl ?? ''))) throw new Error(`TTL header ${req.headers.ttl} is not a number of seconds`)
        const urgency = req.headers.urgency
        if (urgency !== undefined && !['very-low', 'low', 'normal', 'high'].includes(String(urgency))) throw new Error(`Urgency ${urgency}`)
        if (Number(req.headers['content-length']) !== body.length || body.length < 21 + 65 + 17) throw new Error('body too short for an aes128gcm record')
        received.push({ path: req.url ?? '', headers: req.headers, body, ...checkVapid(req.headers.authorization, origin) })
      } catch (err) {
        violations.push(String(err instanceof Error ? err.message : err))
        res.writeHead(400).end('protocol violation')
        return
      }
      const answer = answers.get(req.url ?? '') ?? { status: 201 }
      res.writeHead(answer.status, answer.status === 201 ? { location: `${origin}/message/${received.length}` } : {}).end(answer.body ?? '')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    origin,
    received,
    violations,
    /** Makes the service answer requests to this path with a status (and body) from now on. */
    answer: (path: string, status: number, body?: string) => void answers.set(path, { status, body }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
