import helmet, { type FastifyHelmetOptions } from '@fastify/helmet'
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify'
import { forbidden } from './errors'

const helmetOptions: FastifyHelmetOptions = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'", 'ws:', 'wss:'],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      upgradeInsecureRequests: null,
    },
  },
  // The lobby screens and phone pages load cross-origin nothing; keep the defaults otherwise.
  crossOriginEmbedderPolicy: false,
}

/**
 * The headers @fastify/helmet sends with these options, read once from a throwaway instance. The
 * plugin rebuilds helmet's middleware (CSP parsed again) in two hooks on every request; the headers
 * never change between requests, since we use no CSP nonces. Once per process: tests build many apps.
 */
export function securityHeaders(): Promise<Record<string, string>> {
  computed ??= probeHelmet()
  return computed
}
let computed: Promise<Record<string, string>> | undefined

async function probeHelmet(): Promise<Record<string, string>> {
  const probe = Fastify({ logger: false })
  await probe.register(helmet, helmetOptions)
  probe.get('/', (_request, reply) => reply.type('text/plain').send('probe'))
  const res = await probe.inject('/')
  await probe.close()
  const own = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive'])
  return Object.fromEntries(Object.entries(res.headers).filter(([name]) => !own.has(name)).map(([name, value]) => [name, String(value)]))
}

/**
 * Security headers with a CSP the built SPAs pass (no inline scripts; Element Plus sets inline
 * styles), and an Origin check on writes: a browser always sends Origin on a cross-site POST, so a
 * write whose Origin is not this site is refused even if a cookie would have ridden along.
 */
export async function registerSecurity(app: FastifyInstance) {
  const headers = await securityHeaders()
  // Set before the handler runs, as helmet did, so a route may still replace one of them. One
  // callback-style hook for both jobs: every request passes here, most of them reads.
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(headers)
    done(fromAnotherSite(request, app.config.trustProxy) ? forbidden('This request came from another site') : undefined)
  })
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** A write whose Origin is not this site (or not a URL at all). */
function fromAnotherSite(request: FastifyRequest, trustProxy: boolean): boolean {
  if (READS.has(request.method)) return false
  const origin = request.headers.origin
  if (!origin) return false
  let host: string
  try {
    host = new URL(origin).host
  } catch {
    return true
  }
  // Fastify reads X-Forwarded-Host into request.host only when trustProxy is on; anyone can send
  // that header, so without a proxy we trust the Host the connection was made to, nothing else.
  return host !== (trustProxy ? request.host : request.headers.host)
}
