import type { LightMyRequestResponse } from 'fastify'
import { sql } from 'kysely'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../src/app-instance'
import { buildApp } from '../src/app'
import { loadConfig } from '../src/config'
import { type Database, createDatabase } from '../src/db/database'
import { newWorld } from './support/factories'
import { type TcpProxy, startTcpProxy } from './support/tcp-proxy'
import { createTestDatabase } from './support/test-app'

function expectUnavailable(res: LightMyRequestResponse) {
  expect(res.json()).toEqual({ statusCode: 503, code: 'database_unavailable', message: expect.stringContaining('try again') })
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0)
}

// PGlite runs inside the API process: there is no server to stop or freeze and no connection to cut.
describe.skipIf(process.env.LINLI_TEST_DB !== 'postgres')('when PostgreSQL is out', () => {
  let app: App
  let direct: Database
  let proxied: Database
  let proxy: TcpProxy
  let url: string
  let drop: () => Promise<void>
  let world: Awaited<ReturnType<typeof newWorld>>

  beforeAll(async () => {
    const created = await createTestDatabase()
    ;({ db: direct, drop } = created)
    url = created.url!
    proxy = await startTcpProxy(url)
    // Short limits so each outage below resolves in seconds; the server runs with the defaults.
    proxied = await createDatabase({ kind: 'postgres', url: proxy.url, timeouts: { connectMs: 1_000, statementMs: 2_000 } })
    app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), db: proxied, logger: false, backgroundJobs: false })
    await app.ready()
    world = await newWorld(app, direct)
  })
  afterAll(async () => {
    await app?.close()
    await proxied?.destroy()
    await proxy?.close()
    await drop?.()
  })

  const listCenters = () => app.inject({ url: '/api/centers', headers: { cookie: world.as.staff } })
  const renameCenter = () => app.inject({
    method: 'PATCH', url: `/api/centers/${world.centerA}`, headers: { cookie: world.as.manager }, payload: { name: `改名-${Date.now()}` },
  })
  async function expectServing() {
    expect((await listCenters()).statusCode).toBe(200)
    expect((await app.inject('/readyz')).json()).toMatchObject({ status: 'ready', database: 'up' })
  }

  it('answers 503 database_unavailable with Retry-After while the server is stopped, and 200 once it is back', async () => {
    await expectServing()
    await proxy.stop()
    expectUnavailable(await listCenters()) // the open connections drop
    expectUnavailable(await listCenters()) // new ones are refused
    expectUnavailable(await app.inject('/readyz'))
    await proxy.resume()
    await expectServing()
  }, 10_000)

  it('answers 503 while its database is closed to new connections, and 200 once it is open again', async () => {
    await expectServing()
    const name = new URL(url).pathname.slice(1)
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })
    await admin.connect()
    try {
      await admin.query(`alter database ${name} allow_connections false`)
      // Every open connection ends, so the next request must open one: refused with 55000.
      await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [name])
      expectUnavailable(await listCenters())
      expectUnavailable(await listCenters())
      expectUnavailable(await app.inject('/readyz'))
    } finally {
      await admin.query(`alter database ${name} allow_connections true`)
      await admin.end()
    }
    await expectServing()
  }, 10_000)

  it('gives up on a frozen server instead of hanging (routes and /readyz), and serves again when it thaws', async () => {
    proxy.freeze()
    // More requests than the pool has connections: some wait on a sent query, some on a new
    // connection, the rest for a free one; each kind of wait has its own limit.
    const [ready, ...lists] = await Promise.all([app.inject('/readyz'), ...Array.from({ length: 12 }, listCenters)])
    expectUnavailable(ready)
    for (const list of lists) expectUnavailable(list)
    await proxy.resume()
    await expectServing()
  }, 10_000)

  it('answers /readyz within its own bound while the database limits of a request are far longer', async () => {
    const patient = await createDatabase({ kind: 'postgres', url: proxy.url }) // the production limits: 5 s + 30 s
    const probed = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), db: patient, logger: false, backgroundJobs: false })
    try {
      expect((await probed.inject('/readyz')).statusCode).toBe(200) // leaves an open connection in the pool
      proxy.freeze()
      expectUnavailable(await probed.inject('/readyz'))
      await proxy.resume()
      expect((await probed.inject('/readyz')).statusCode).toBe(200)
    } finally {
      await proxy.resume()
      await probed.close()
      await patient.destroy()
    }
  }, 10_000)

  it('answers 503 when a statement outlives its limit or the server ends the connection, and the edit works afterwards', async () => {
    // Another session holds the center's row, so an ordinary edit waits on the lock.
    const locker = new pg.Client({ connectionString: url })
    await locker.connect()
    await locker.query('begin')
    await locker.query('select 1 from centers where id = $1 for update', [world.centerA])
    expectUnavailable(await renameCenter()) // 57014: cancelled by statement_timeout

    const waiting = renameCenter()
    const pid = await backendWaitingOnLock()
    await sql`select pg_terminate_backend(${pid})`.execute(direct) // 57P01, as in a fast shutdown
    expectUnavailable(await waiting)

    await locker.query('rollback')
    await locker.end()
    expect((await renameCenter()).statusCode).toBe(200)
  }, 15_000)

  it('leaves no partial write when the connection drops before the commit, and the retry then succeeds', async () => {
    const staff = await direct.selectFrom('staff').select('id').where('username', '=', world.usernames.staff).executeTakeFirstOrThrow()
    const state = async () => ({
      active: (await direct.selectFrom('staff').select('active').where('id', '=', staff.id).executeTakeFirstOrThrow()).active,
      sessions: (await direct.selectFrom('sessions').select('id').where('staff_id', '=', staff.id).execute()).length,
    })
    const deactivate = () => app.inject({ method: 'PATCH', url: `/api/staff/${staff.id}`, headers: { cookie: world.as.admin }, payload: { active: false } })
    const before = await state()
    expect(before).toEqual({ active: true, sessions: 1 })

    // The update and the session delete have run inside the transaction; only the commit is lost.
    proxy.cutBefore('commit\0')
    expectUnavailable(await deactivate())
    expect(await state()).toEqual(before)

    expect((await deactivate()).statusCode).toBe(200)
    expect(await state()).toEqual({ active: false, sessions: 0 })
  }, 10_000)

  async function backendWaitingOnLock(): Promise<number> {
    for (;;) {
      const { rows } = await sql<{ pid: number }>`select pid from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`.execute(direct)
      if (rows[0]) return rows[0].pid
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }
})
