import { describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../src/seed/demo-data'
import { workingDemoLogins } from '../src/seed/demo-logins'
import { seedDemo } from '../src/seed/demo-seed'
import { startupBanner } from '../src/startup-banner'
import { useTestApp } from './support/test-app'

describe('the startup banner', () => {
  const ctx = useTestApp()
  const banner = async () => startupBanner('http://localhost:3000', 'embedded PGlite at /data', await workingDemoLogins(ctx.db))

  it('offers no demo logins on a database the demo seed never ran on (LINLI_SEED=0)', async () => {
    const text = await banner()
    expect(text).toContain('admin   http://localhost:3000/admin/')
    expect(text).not.toMatch(/Demo|linli-demo|13800000001/)
  })

  it('says how to create the first administrator while there is no staff account, stopping the server first on the embedded database', async () => {
    const embedded = startupBanner('http://localhost:3000', 'embedded PGlite at /data', await workingDemoLogins(ctx.db), { embedded: true })
    expect(embedded).toMatch(/No staff account yet.*\n.*stop this server \(Ctrl-C\).*\n.*npm run linli -- create-admin --username admin --name 张主任 --district 金水区\n.*start the server again/)
    expect(embedded).toContain('还没有工作人员账号')
    expect(embedded).not.toMatch(/Demo|linli-demo/)
    const server = startupBanner('http://localhost:3000', 'PostgreSQL (DATABASE_URL)', await workingDemoLogins(ctx.db), { embedded: false })
    expect(server).toMatch(/\n {4}npm run linli -- create-admin /)
    expect(server).not.toContain('Ctrl-C')
  })

  it('lists the demo logins once the seed has run, and drops one whose password was changed', async () => {
    expect(await seedDemo(ctx.db, ctx.now)).toBe(true)
    expect(await banner()).toMatch(/Demo logins \(password linli-demo\):\n\s+district .*\n\s+manager .*\n\s+staff /)
    expect(await banner()).toMatch(/Demo residents .*\n\s+13800000001 /)
    // One line says how to see a seat offer arrive: who cancels what, whose bell rings.
    expect(await banner()).toMatch(/\n {2}试一试：用 13800000002 在手机页取消「智能手机课（小班）」，13800000001 的铃铛立刻提示候补名额\n {2}Try it: /)

    const login = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'manager', password: DEMO_PASSWORD } })
    const cookie = login.headers['set-cookie']!.toString().split(';')[0]!
    const change = await ctx.app.inject({
      method: 'POST', url: '/api/auth/password', headers: { cookie }, payload: { currentPassword: DEMO_PASSWORD, newPassword: 'a much better secret 42' },
    })
    expect(change.statusCode).toBe(204)
    const text = await banner()
    expect(text).toMatch(/\n\s+district /)
    expect(text).not.toMatch(/\n\s+manager /)
  }, 90_000)
})
