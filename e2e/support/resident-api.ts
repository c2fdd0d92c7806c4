import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const apiDir = fileURLToPath(new URL('../../apps/api/', import.meta.url))

/**
 * A resident's unsubscribe token, read from a paused server's PGlite data directory, as an SMS or
 * push would carry it in its /m/unsubscribe link. The server must be paused (`server.pause()`).
 */
export function notifyToken(dataDir: string, phone: string): string {
  const script = `
    import { PGlite } from '@electric-sql/pglite'
    import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist'
    const db = await PGlite.create({ dataDir: process.env.DATA_DIR, extensions: { btree_gist } })
    const { rows } = await db.query('select notify_token from residents where phone = $1', [process.env.PHONE])
    await db.close()
    process.stdout.write(rows[0]?.notify_token ?? '')`
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: apiDir, env: { ...process.env, DATA_DIR: dataDir, PHONE: phone }, encoding: 'utf8',
  })
  if (run.status !== 0 || !run.stdout) throw new Error(`reading the token failed:\n${run.stderr}`)
  return run.stdout
}

/** Signs in as a resident (a demo one: password linli-demo) over HTTP, for tests that set data up besides a page. */
export async function residentFetch(baseUrl: string, phone: string, password = 'linli-demo') {
  const res = await fetch(`${baseUrl}/api/residents/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ phone, password }) })
  if (res.status !== 200) throw new Error(`resident sign-in failed: ${res.status} ${await res.text()}`)
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ')
  return async (method: string, path: string, body?: unknown) => {
    const r = await fetch(`${baseUrl}${path}`, { method, headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body) })
    const text = await r.text()
    return { status: r.status, body: text ? JSON.parse(text) : undefined }
  }
}
