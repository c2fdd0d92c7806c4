import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import compress from '@fastify/compress'
import type { FastifyInstance, FastifyReply } from 'fastify'

export type Encoding = 'br' | 'gzip'

/** Below about a packet, compressing saves no round trip and costs CPU on both ends. */
export const COMPRESS_THRESHOLD = 1024

/**
 * Text the browser would gain from compressing. Event streams are left out: compressing one holds
 * its events back in the compressor's buffer. Images, fonts and archives are compressed already.
 */
const compressible = /^(?:text\/(?!event-stream)|application\/(?:[\w.+-]*\+)?(?:json|javascript|xml)|image\/svg\+xml|application\/manifest\+json)/i

const hasAcceptEncoding = (vary: string) => /(?:^|,)\s*accept-encoding\s*(?:,|$)/i.test(vary)

/** Adds `Accept-Encoding` to Vary, keeping what is there: the same URL is sent plain or compressed. */
export function varyOnEncoding(reply: FastifyReply) {
  const vary = reply.getHeader('vary')
  if (vary === undefined) reply.header('vary', 'accept-encoding')
  else if (!hasAcceptEncoding(String(vary))) reply.header('vary', `${String(vary)}, accept-encoding`)
}

/**
 * Which of our encodings the client takes, brotli first (smaller for the same work), honouring
 * q-values: `br;q=0, gzip` means gzip, `identity` or nothing means none.
 */
export function preferredEncoding(acceptEncoding: string | string[] | undefined): Encoding | undefined {
  if (!acceptEncoding) return undefined
  // A browser sends the same header on every request: the last answer is kept.
  if (acceptEncoding === lastAsked.header) return lastAsked.encoding
  const encoding = parsePreference(String(acceptEncoding))
  if (typeof acceptEncoding === 'string') lastAsked = { header: acceptEncoding, encoding }
  return encoding
}
let lastAsked: { header: string; encoding: Encoding | undefined } = { header: '', encoding: undefined }

function parsePreference(acceptEncoding: string): Encoding | undefined {
  const weights = new Map<string, number>()
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [token = '', ...params] = part.trim().split(';')
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    weights.set(token.trim() === 'x-gzip' ? 'gzip' : token.trim(), q ? Number(q.slice(2)) || 0 : 1)
  }
  const weight = (e: Encoding) => weights.get(e) ?? weights.get('*') ?? 0
  const br = weight('br')
  const gzip = weight('gzip')
  if (br <= 0 && gzip <= 0) return undefined
  return br >= gzip ? 'br' : 'gzip'
}

/**
 * A body compressed once to be sent many times (a cached schedule). It is compressed on the first
 * read after a change, while every screen of the center waits for it, so a quick setting: on the
 * busy week (150 KB of JSON) brotli 5 takes 2-4 ms, where 9 took 14-70 ms for 3 % fewer bytes and
 * 11 half a second for 10 % fewer.
 */
export function compressOnce(body: string | Buffer, encoding: Encoding): Buffer {
  return encoding === 'br'
    ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } })
    : gzipSync(body)
}

/**
 * Brotli or gzip for every response a browser asks to have compressed, above the threshold. Must be
 * registered before the routes (it hooks each route as it is added). Socket.IO does not pass through
 * Fastify's routes, so it is never touched; built assets come precompressed from the build
 * (static-apps.ts) and pass through as they are. Request bodies are not decompressed: the API takes
 * small JSON, and a compressed upload could expand past the body limit.
 */
export async function registerCompression(app: FastifyInstance) {
  await app.register(compress, {
    encodings: ['br', 'gzip'],
    threshold: COMPRESS_THRESHOLD,
    customTypes: compressible,
    globalDecompression: false,
  })
  // The plugin names Accept-Encoding in Vary only when it compresses; a cache between us and the
  // browser must also know that the plain answer (small today, or asked without br/gzip) varies.
  app.addHook('onSend', (_request, reply, payload, done) => {
    const type = reply.getHeader('content-type')
    if (reply.getHeader('content-encoding') !== undefined || (typeof type === 'string' && compressible.test(type))) varyOnEncoding(reply)
    done(null, payload)
  })
}
