import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { Schedule } from '@linli/contracts'
import { encodedSchedule } from '../src/modules/schedule/schedule-cache'
import { newBookingWorld } from './support/booking-world'
import { useTestApp } from './support/test-app'

const decode = (encoding: unknown, body: Buffer) =>
  (encoding === 'br' ? brotliDecompressSync(body) : encoding === 'gzip' ? gunzipSync(body) : body).toString('utf8')

/** A built app whose script has its .br and .gz beside it, as the build writes them. */
function fakeBuild() {
  const root = mkdtempSync(join(tmpdir(), 'linli-precompressed-'))
  mkdirSync(join(root, 'assets'))
  writeFileSync(join(root, 'index.html'), '<title>admin</title>')
  const script = `console.log(${JSON.stringify('邻里'.repeat(2000))})`
  writeFileSync(join(root, 'assets', 'app-1234.js'), script)
  writeFileSync(join(root, 'assets', 'app-1234.js.br'), brotliCompressSync(script))
  writeFileSync(join(root, 'assets', 'app-1234.js.gz'), gzipSync(script))
  // Built without variants (the build skips files too small to gain): compressed per request.
  writeFileSync(join(root, 'assets', 'plain-1234.css'), `.a{color:red}\n`.repeat(200))
  writeFileSync(join(root, 'assets', 'logo-1234.png'), Buffer.alloc(4096, 1))
  return { root: `${root}/`, script }
}

describe('compressed responses, negotiated per request', () => {
  const built = fakeBuild()
  const ctx = useTestApp({ webApps: [{ prefix: '/admin/', root: built.root }] })

  async function busyWeek() {
    const w = await newBookingWorld(ctx.app, ctx.db)
    for (const title of ['书法班', '太极拳', '合唱团']) {
      const res = await ctx.app.inject({
        method: 'POST', url: `/api/centers/${w.centerA}/activities`, headers: { cookie: w.as.staff },
        payload: { title, category: 'culture_sports', organiserKind: 'center', organiserName: '中心', roomId: w.room.id, startsLocal: `2026-11-23T${title === '书法班' ? '09' : title === '太极拳' ? '13' : '18'}:00`, endsLocal: `2026-11-23T${title === '书法班' ? '10' : title === '太极拳' ? '14' : '19'}:30`, rrule: 'FREQ=DAILY;COUNT=7' },
      })
      expect(res.statusCode).toBe(201)
    }
    const read = (headers: Record<string, string> = {}) =>
      ctx.app.inject({ url: `/api/centers/${w.centerA}/schedule?from=2026-11-23&to=2026-11-29`, headers })
    return read
  }

  it('sends the week in brotli or gzip as the browser asks, the same JSON once decompressed, and plain otherwise', async () => {
    const read = await busyWeek()
    const plain = await read()
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.headers.vary).toContain('accept-encoding')
    const week = plain.json() as Schedule
    expect(week.items).toHaveLength(21)

    const cases: Array<[string, string | undefined]> = [
      ['br, gzip', 'br'], ['gzip, deflate, br, zstd', 'br'], ['gzip', 'gzip'], ['br;q=0, gzip', 'gzip'], ['gzip;q=0.5, br;q=0.8', 'br'],
      ['br;q=0.1, gzip;q=0.9', 'gzip'], ['identity', undefined], ['deflate', undefined], ['*', 'br'],
    ]
    for (const [accept, expected] of cases) {
      const res = await read({ 'accept-encoding': accept })
      expect(res.statusCode, accept).toBe(200)
      expect(res.headers['content-encoding'], accept).toBe(expected)
      expect(res.headers.vary, accept).toContain('accept-encoding')
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8')
      expect(res.headers.etag, accept).toBe(plain.headers.etag)
      expect(decode(expected, res.rawPayload), accept).toBe(plain.body)
      if (expected) expect(res.rawPayload.length, accept).toBeLessThan(plain.rawPayload.length / 3)
    }
  })

  it('serves a cached week from the bytes compressed for the first read, and still answers If-None-Match with an empty 304', async () => {
    const read = await busyWeek()
    const first = await read({ 'accept-encoding': 'br, gzip' })
    const again = await read({ 'accept-encoding': 'br, gzip' })
    expect(again.rawPayload.equals(first.rawPayload)).toBe(true)
    expect(Number(again.headers['content-length'])).toBe(again.rawPayload.length)

    const notModified = await read({ 'accept-encoding': 'br, gzip', 'if-none-match': first.headers.etag as string })
    expect(notModified.statusCode).toBe(304)
    expect(notModified.rawPayload.length).toBe(0)
    expect(notModified.headers['content-encoding']).toBeUndefined()
    expect(notModified.headers.vary).toContain('accept-encoding')
  })

  it('compresses each variant of a cached schedule once and keeps it with the entry', () => {
    const json = JSON.stringify({ items: Array(200).fill({ title: '书法班', room: '会议室' }) })
    const cached = { etag: 'W/"x"', body: Buffer.from(json) }
    const br = encodedSchedule(cached, 'br')
    expect(encodedSchedule(cached, 'br')).toBe(br)
    expect(brotliDecompressSync(br).toString()).toBe(json)
    expect(gunzipSync(encodedSchedule(cached, 'gzip')).toString()).toBe(json)
  })

  it('compresses other JSON above the threshold and leaves small answers plain, naming Accept-Encoding in Vary either way', async () => {
    const plain = await ctx.app.inject('/api/openapi.json')
    expect(plain.rawPayload.length).toBeGreaterThan(1024)
    for (const encoding of ['br', 'gzip']) {
      const res = await ctx.app.inject({ url: '/api/openapi.json', headers: { 'accept-encoding': encoding } })
      expect(res.headers['content-encoding']).toBe(encoding)
      expect(res.headers.vary).toContain('accept-encoding')
      expect(decode(encoding, res.rawPayload)).toBe(plain.body)
    }
    const small = await ctx.app.inject({ url: '/api/health', headers: { 'accept-encoding': 'br, gzip' } })
    expect(small.rawPayload.length).toBeLessThan(1024)
    expect(small.headers['content-encoding']).toBeUndefined()
    expect(small.headers.vary).toContain('accept-encoding')
    const refused = await ctx.app.inject({ url: '/api/unknown', headers: { 'accept-encoding': 'br' } })
    expect(refused.statusCode).toBe(404)
    expect(refused.json().code).toBe('not_found')
  })

  it('serves built assets from their precompressed files, compresses text that has none, and leaves images alone', async () => {
    for (const encoding of ['br', 'gzip'] as const) {
      const res = await ctx.app.inject({ url: '/admin/assets/app-1234.js', headers: { 'accept-encoding': `${encoding}` } })
      expect(res.statusCode).toBe(200)
      expect(res.headers['content-encoding']).toBe(encoding)
      expect(res.headers['content-type']).toContain('javascript')
      expect(res.headers['cache-control']).toContain('immutable')
      expect(res.headers.vary).toContain('accept-encoding')
      expect(decode(encoding, res.rawPayload)).toBe(built.script)
      expect(res.rawPayload.length).toBeLessThan(Buffer.byteLength(built.script) / 10)
    }
    const plain = await ctx.app.inject('/admin/assets/app-1234.js')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body).toBe(built.script)

    const css = await ctx.app.inject({ url: '/admin/assets/plain-1234.css', headers: { 'accept-encoding': 'br' } })
    expect(css.headers['content-encoding']).toBe('br')
    expect(decode('br', css.rawPayload)).toBe(`.a{color:red}\n`.repeat(200))
    const png = await ctx.app.inject({ url: '/admin/assets/logo-1234.png', headers: { 'accept-encoding': 'br, gzip' } })
    expect(png.headers['content-encoding']).toBeUndefined()
    expect(png.rawPayload.length).toBe(4096)
  })

  it('answers a revalidated asset with 304 in the encoding it was sent in', async () => {
    const first = await ctx.app.inject({ url: '/admin/assets/app-1234.js', headers: { 'accept-encoding': 'br' } })
    const etag = first.headers.etag as string
    expect(etag).toBeTruthy()
    const again = await ctx.app.inject({ url: '/admin/assets/app-1234.js', headers: { 'accept-encoding': 'br', 'if-none-match': etag } })
    expect(again.statusCode).toBe(304)
    expect(again.rawPayload.length).toBe(0)
  })
})
