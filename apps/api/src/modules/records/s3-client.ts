import { createHash } from 'node:crypto'
import type { S3Config } from './s3-config'
import { sha256Hex, signRequest, uriEncode } from './s3-signer'

/** A request to the bucket that failed: the service's answer or why there was none (for the log, never the client). */
export class S3Error extends Error {}

export interface ListedObject { key: string; lastModified: Date; size: number }

const TIMEOUT_MS = 20_000

const xmlText = (s: string) => s.replace(/&(lt|gt|quot|apos|amp|#x?[0-9a-fA-F]+);/g, (_, e: string) =>
  e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'" : e === 'amp' ? '&'
    : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)))
const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const tag = (xml: string, name: string) => {
  const m = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xml)
  return m ? xmlText(m[1]!) : undefined
}
const tags = (xml: string, name: string) => [...xml.matchAll(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`, 'g'))].map((m) => m[1]!)

/**
 * The few S3 calls the file store needs, signed with SigV4 over node's fetch: PutObject, GetObject,
 * DeleteObjects and ListObjectsV2. Every failure (no answer in time, a refused connection, an
 * answer other than 2xx) is an S3Error saying which call failed and how.
 */
export function s3Client(config: S3Config, options: { timeoutMs?: number } = {}) {
  const base = new URL(config.endpoint)
  const host = config.pathStyle ? base.host : `${config.bucket}.${base.host}`
  const origin = `${base.protocol}//${host}`

  async function send(method: string, key: string, query: [string, string][], body?: Buffer, headers: Record<string, string> = {}) {
    const path = config.pathStyle ? `/${config.bucket}/${key}` : `/${key}`
    const signed = signRequest({
      method, path, query, headers: { host, ...headers }, payloadHash: sha256Hex(body ?? ''),
      accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey, region: config.region, date: new Date(),
    })
    const { host: _, ...sent } = signed.headers
    const search = query.map(([k, v]) => `${uriEncode(k)}=${uriEncode(v)}`).join('&')
    const what = `${method} ${key || '/'}${search ? `?${search}` : ''}`
    let res: Response
    try {
      res = await fetch(`${origin}${uriEncode(path, true)}${search ? `?${search}` : ''}`, {
        method, headers: sent, ...(body && { body: new Uint8Array(body) }), signal: AbortSignal.timeout(options.timeoutMs ?? TIMEOUT_MS),
        // A signed request and its body go to S3_ENDPOINT only, never to wherever a redirect points.
        redirect: 'error',
      })
    } catch (e) {
      const err = e as Error & { cause?: { code?: string; message?: string } }
      const why = err.name === 'TimeoutError' ? `no answer within ${(options.timeoutMs ?? TIMEOUT_MS) / 1000} s`
        : err.cause?.message === 'unexpected redirect' ? 'answered with a redirect, which is not followed (check S3_ENDPOINT, S3_REGION and S3_FORCE_PATH_STYLE)'
          : err.cause?.code ?? err.cause?.message ?? err.message
      throw new S3Error(`S3 ${what} at ${origin}: ${why}`)
    }
    return { res, what }
  }

  async function failed(res: Response, what: string): Promise<never> {
    const text = await res.text().catch(() => '')
    const code = tag(text, 'Code')
    throw new S3Error(`S3 ${what} at ${origin}: ${res.status}${code ? ` ${code}` : ''}${tag(text, 'Message') ? `: ${tag(text, 'Message')}` : ''}`)
  }

  return {
    async putObject(key: string, bytes: Buffer, contentType: string) {
      const { res, what } = await send('PUT', key, [], bytes, { 'content-type': contentType })
      if (!res.ok) await failed(res, what)
      await res.arrayBuffer()
    },

    /** The object's bytes, or undefined when the bucket has no such object. */
    async getObject(key: string): Promise<Buffer | undefined> {
      const { res, what } = await send('GET', key, [])
      if (res.status === 404) {
        const text = await res.text().catch(() => '')
        if (!tag(text, 'Code') || tag(text, 'Code') === 'NoSuchKey') return undefined
        await failed(new Response(text, { status: 404 }), what)
      }
      if (!res.ok) await failed(res, what)
      return Buffer.from(await res.arrayBuffer())
    },

    /** Deletes up to 1000 objects a request; a key that is already gone is no error. */
    async deleteObjects(keys: readonly string[]) {
      for (let at = 0; at < keys.length; at += 1000) {
        const body = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><Delete><Quiet>true</Quiet>${keys.slice(at, at + 1000).map((k) => `<Object><Key>${xmlEscape(k)}</Key></Object>`).join('')}</Delete>`)
        const md5 = createHash('md5').update(body).digest('base64')
        const { res, what } = await send('POST', '', [['delete', '']], body, { 'content-type': 'application/xml', 'content-md5': md5 })
        if (!res.ok) await failed(res, what)
        const errors = tags(await res.text(), 'Error')
        if (errors.length) throw new S3Error(`S3 ${what} at ${origin}: ${errors.length} object(s) not deleted, e.g. ${tag(errors[0]!, 'Key')}: ${tag(errors[0]!, 'Code')}`)
      }
    },

    /** One page (up to 1000) of the objects whose names start with `prefix`, and the token of the next page. */
    async listObjects(prefix: string, continuationToken?: string): Promise<{ objects: ListedObject[]; next: string | undefined }> {
      const query: [string, string][] = [['list-type', '2'], ['prefix', prefix], ...(continuationToken ? [['continuation-token', continuationToken] as [string, string]] : [])]
      const { res, what } = await send('GET', '', query)
      if (!res.ok) await failed(res, what)
      const xml = await res.text()
      const objects = tags(xml, 'Contents').map((c) => ({ key: tag(c, 'Key') ?? '', lastModified: new Date(tag(c, 'LastModified') ?? 0), size: Number(tag(c, 'Size') ?? 0) }))
      return { objects, next: tag(xml, 'IsTruncated') === 'true' ? tag(xml, 'NextContinuationToken') : undefined }
    },
  }
}

export type S3Client = ReturnType<typeof s3Client>
