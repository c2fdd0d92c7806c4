import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from './support/cli'
import { adminUrl } from './support/global-setup'
import { type ServerProcess, exited, spawnServer } from './support/spawn-server'

const postgres = process.env.LINLI_TEST_DB === 'postgres'
const PASSWORD = 'Correct horse 2026'
const createAdmin = ['create-admin', '--username', 'zhang', '--name', '张主任', '--district', '金水区']

describe('a first install: LINLI_SEED=0, no account, then create-admin and sign in', () => {
  const dir = mkdtempSync(join(tmpdir(), 'linli-first-'))
  let env: Record<string, string>
  let drop = async () => {}
  let server: ServerProcess | undefined
  const api = (path: string, init?: RequestInit) => fetch(`http://127.0.0.1:${server!.port}${path}`, init)
  const login = (username: string, password: string) =>
    api('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) })
  const stop = async () => {
    server!.child.kill('SIGTERM')
    expect(await exited(server!.child)).toBe(0)
  }

  beforeAll(async () => {
    if (postgres) {
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })
      await admin.connect()
      const name = `linli_t_${process.pid}_first`
      await admin.query(`drop database if exists ${name} with (force)`)
      await admin.query(`create database ${name}`)
      env = { DATABASE_URL: adminUrl(process.env.TEST_DATABASE_URL!, name) }
      drop = async () => {
        await admin.query(`drop database if exists ${name} with (force)`)
        await admin.end()
      }
    } else {
      env = { LINLI_DATA_DIR: join(dir, 'pg') }
    }
  })

  afterAll(async () => {
    if (server && server.child.exitCode === null) server.child.kill('SIGKILL')
    await drop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('starts with no demo logins and says how to create the first administrator, in the banner and to the admin app', async () => {
    server = await spawnServer({ ...env, LINLI_SEED: '0' })
    expect(server.output()).toMatch(/No staff account yet.*\n(.*\n)*.*npm run linli -- create-admin --username admin/)
    expect(server.output()).not.toMatch(/Demo|linli-demo/)
    expect(await (await api('/api/auth/first-run')).json()).toEqual({ needsAdmin: true })
    expect((await login('admin', 'linli-demo')).status).toBe(401)
  }, 120_000)

  it('refuses a weak password, a password on the command line and a missing district, creating nothing', async () => {
    if (!postgres) await stop()
    const weak = await runCli(createAdmin, env, '1234567890\n')
    expect(weak.code).toBe(1)
    expect(weak.stderr).toMatch(/too common; choose another\. Nothing was changed/)
    const short = await runCli(createAdmin, env, 'short\n')
    expect(short.code).toBe(1)
    expect(short.stderr).toMatch(/10 to 200 characters/)
    const inArgv = await runCli([...createAdmin, '--password', PASSWORD], env)
    expect(inArgv.code).toBe(2)
    expect(inArgv.stderr).toMatch(/Unknown option '--password'.*Usage: npm run linli -- create-admin/s)
    const noDistrict = await runCli(createAdmin.slice(0, 5), env, `${PASSWORD}\n`)
    expect(noDistrict.code).toBe(2)
    expect(noDistrict.stderr).toMatch(/--district is required/)
    const nothing = await runCli([], env)
    expect(nothing.code).toBe(2)
  }, 120_000)

  it('creates the administrator from a piped password, who then signs in and runs the district', async () => {
    const created = await runCli(createAdmin, env, `${PASSWORD}\n`)
    expect(created.stderr).toBe('')
    expect(created.code).toBe(0)
    expect(created.stdout).toMatch(/Created zhang \(张主任\), district administrator of 金水区/)
    const again = await runCli(createAdmin, env, `${PASSWORD}\n`)
    expect(again.code).toBe(1)
    expect(again.stderr).toMatch(/already exists/)

    if (!postgres) {
      server = await spawnServer({ ...env, LINLI_SEED: '0' })
      expect(server.output()).not.toMatch(/No staff account yet/)
    }
    expect(await (await api('/api/auth/first-run')).json()).toEqual({ needsAdmin: false })
    const signedIn = await login('zhang', PASSWORD)
    expect(signedIn.status).toBe(200)
    expect(await signedIn.json()).toMatchObject({ username: 'zhang', displayName: '张主任', role: 'district_admin', scopeName: '金水区' })
    await stop()
  }, 180_000)
})
