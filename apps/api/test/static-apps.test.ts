import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTestApp } from './support/test-app'

function fakeBuild(name: string) {
  const root = mkdtempSync(join(tmpdir(), `linli-${name}-`))
  mkdirSync(join(root, 'assets'))
  writeFileSync(join(root, 'index.html'), `<title>${name}</title>`)
  writeFileSync(join(root, 'assets', 'app-1234.js'), 'console.log(1)')
  return `${root}/`
}

describe('serving the built apps on the API port', () => {
  const ctx = useTestApp({ webApps: [{ prefix: '/admin/', root: fakeBuild('admin') }, { prefix: '/kiosk/', root: fakeBuild('kiosk') }, { prefix: '/m/', root: fakeBuild('resident') }] })

  it('serves each app, its hashed assets with a long cache, and history-mode routes', async () => {
    const admin = await ctx.app.inject('/admin/')
    expect(admin.body).toContain('<title>admin</title>')
    expect(admin.headers['cache-control']).toBe('no-cache')
    const asset = await ctx.app.inject('/admin/assets/app-1234.js')
    expect(asset.headers['cache-control']).toContain('immutable')
    expect((await ctx.app.inject('/admin/centers/123')).body).toContain('<title>admin</title>')
    expect((await ctx.app.inject('/kiosk/centers/abc')).body).toContain('<title>kiosk</title>')
    expect((await ctx.app.inject('/m/rooms/abc/check-in')).body).toContain('<title>resident</title>')
    expect((await ctx.app.inject('/m')).body).toContain('<title>resident</title>')
  })

  it('sends the root to the admin app and keeps missing assets and API routes 404', async () => {
    const root = await ctx.app.inject('/')
    expect(root.statusCode).toBe(302)
    expect(root.headers.location).toBe('/admin/')
    expect((await ctx.app.inject('/admin/assets/missing.js')).statusCode).toBe(404)
    expect((await ctx.app.inject('/api/unknown')).json().code).toBe('not_found')
  })

  it('sends the old phone-page addresses (printed QR codes) on to /m/ for good, path tail and query kept', async () => {
    const scanned = await ctx.app.inject('/kiosk/m/rooms/r1/check-in?src=door&x=%E4%B8%80')
    expect(scanned.statusCode).toBe(301)
    expect(scanned.headers.location).toBe('/m/rooms/r1/check-in?src=door&x=%E4%B8%80')
    expect((await ctx.app.inject('/kiosk/m')).headers.location).toBe('/m')
    expect((await ctx.app.inject('/kiosk/m?lang=en')).headers.location).toBe('/m?lang=en')
    expect((await ctx.app.inject('/kiosk/m/')).headers.location).toBe('/m/')
    const posted = await ctx.app.inject({ method: 'POST', url: '/kiosk/m/login' })
    expect(posted.statusCode).toBe(308)
    expect(posted.headers.location).toBe('/m/login')
    // The screens themselves stay where they are.
    expect((await ctx.app.inject('/kiosk/centers/abc')).statusCode).toBe(200)
    expect((await ctx.app.inject('/kiosk/mx')).statusCode).toBe(200)
  })
})
