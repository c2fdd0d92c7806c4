import helmet from '@fastify/helmet'
import type { FastifyInstance } from 'fastify'
import { forbidden } from './errors'

/**
 * Security headers with a CSP the built SPAs pass (no inline scripts; Element Plus sets inline
 * styles), and an Origin check on writes: a browser always sends Origin on a cross-site POST, so a
 * write whose Origin is not this site is refused even if a cookie would have ridden along.
 */
export async function registerSecurity(app: FastifyInstance) {
  await app.register(helmet, {
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
  })

  app.addHook('onRequest', async (request) => {
    if (['GET', 'HEAD', 'OPTIONS'].includes(request.method)) return
    const origin = request.headers.origin
    if (!origin) return
    let host: string
    try {
      host = new URL(origin).host
    } catch {
      throw forbidden('This request came from another site')
    }
    // Fastify reads X-Forwarded-Host into request.host only when trustProxy is on; anyone can send
    // that header, so without a proxy we trust the Host the connection was made to, nothing else.
    const site = app.config.trustProxy ? request.host : request.headers.host
    if (host !== site) throw forbidden('This request came from another site')
  })
}
