import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'

export interface WebApp { prefix: string; root: string }

export const builtWebApps: WebApp[] = [
  { prefix: '/admin/', root: fileURLToPath(new URL('../../../admin/dist/', import.meta.url)) },
  { prefix: '/kiosk/', root: fileURLToPath(new URL('../../../kiosk/dist/', import.meta.url)) },
  { prefix: '/m/', root: fileURLToPath(new URL('../../../resident/dist/', import.meta.url)) },
]

/** Where the residents' pages used to be served, inside the lobby-screen app. */
const OLD_PHONE_PAGES = '/kiosk/m'

/** Serves the built admin, lobby-screen (kiosk) and residents' SPAs on the API's port, with history-mode fallback. */
export async function registerStaticApps(app: FastifyInstance, apps: WebApp[] = builtWebApps) {
  // Printed QR codes and old messages point at /kiosk/m/...: send them on for good to /m/..., path
  // tail and query kept. 301 (what every phone's scanner follows) for reads, 308 keeps anything else's method.
  const moved = (request: FastifyRequest, reply: FastifyReply) =>
    reply.redirect(`/m${request.url.slice(OLD_PHONE_PAGES.length)}`, request.method === 'GET' || request.method === 'HEAD' ? 301 : 308)
  for (const url of [OLD_PHONE_PAGES, `${OLD_PHONE_PAGES}/*`]) app.all(url, { schema: { hide: true } }, moved)
  const built = apps.filter((a) => existsSync(`${a.root}index.html`))
  for (const [i, a] of built.entries()) {
    await app.register(fastifyStatic, {
      root: a.root,
      prefix: a.prefix,
      decorateReply: i === 0,
      wildcard: true,
      cacheControl: false,
      // The build writes .br and .gz beside each asset (packages/web-shared/vite/precompress.ts):
      // sent as they are, no compression per request; a file without them goes out plain.
      preCompressed: true,
      // Hashed assets may be cached for ever; index.html must be re-read so a deploy shows at once.
      setHeaders: (res, path) =>
        res.setHeader('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'),
    })
  }
  if (built.length) app.get('/', { schema: { hide: true } }, (_req, reply) => reply.redirect('/admin/'))

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? ''
    const spa = built.find((a) => path.startsWith(a.prefix) || `${path}/` === a.prefix)
    // History-mode routes have no file extension; a missing asset stays a 404.
    if (spa && request.method === 'GET' && !/\.[a-z0-9]+$/i.test(path)) return reply.sendFile('index.html', spa.root)
    return reply.status(404).send({ statusCode: 404, code: 'not_found', message: `${request.method} ${path} not found` })
  })
}
