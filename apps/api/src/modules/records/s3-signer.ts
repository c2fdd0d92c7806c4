import { createHash, createHmac } from 'node:crypto'

// AWS Signature Version 4 for S3, with the payload signed in a single chunk (the Authorization
// header, not a presigned URL). Kept apart from the client so the documented examples test it alone.

export const sha256Hex = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex')
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest()

/** RFC 3986 percent-encoding as SigV4 wants it: everything but A-Z a-z 0-9 - _ . ~ (and `/` in paths). */
export function uriEncode(text: string, keepSlash = false) {
  const encoded = encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  return keepSlash ? encoded.replace(/%2F/g, '/') : encoded
}

/** 20130524T000000Z */
export const amzDate = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')

export interface SigningInput {
  method: string
  /** The object's path, not encoded yet: `/examplebucket/photos/a b.jpg`. S3 encodes it once. */
  path: string
  /** Query parameters, not encoded yet. */
  query?: [string, string][]
  /** Every header to sign, `host` among them; x-amz-date and x-amz-content-sha256 are added. */
  headers: Record<string, string>
  /** The hex SHA-256 of the body (of the empty string for none). */
  payloadHash: string
  accessKeyId: string
  secretAccessKey: string
  region: string
  date: Date
}

export interface Signed {
  /** The headers to send: the given ones plus x-amz-date, x-amz-content-sha256 and authorization. */
  headers: Record<string, string>
  canonicalRequest: string
  signature: string
}

export function signRequest(input: SigningInput): Signed {
  const stamp = amzDate(input.date)
  const day = stamp.slice(0, 8)
  const headers: Record<string, string> = { ...input.headers, 'x-amz-date': stamp, 'x-amz-content-sha256': input.payloadHash }
  const lower = Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v.trim().replace(/ +/g, ' ')] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const signedHeaders = lower.map(([k]) => k).join(';')
  const query = (input.query ?? []).map(([k, v]) => [uriEncode(k), uriEncode(v)] as const)
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
  const canonicalRequest = [
    input.method, uriEncode(input.path, true), query.map(([k, v]) => `${k}=${v}`).join('&'),
    lower.map(([k, v]) => `${k}:${v}\n`).join(''), signedHeaders, input.payloadHash,
  ].join('\n')
  const scope = `${day}/${input.region}/s3/aws4_request`
  const stringToSign = ['AWS4-HMAC-SHA256', stamp, scope, sha256Hex(canonicalRequest)].join('\n')
  const key = hmac(hmac(hmac(hmac(`AWS4${input.secretAccessKey}`, day), input.region), 's3'), 'aws4_request')
  const signature = createHmac('sha256', key).update(stringToSign).digest('hex')
  return {
    headers: { ...headers, authorization: `AWS4-HMAC-SHA256 Credential=${input.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}` },
    canonicalRequest,
    signature,
  }
}
