import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { lockDataDir } from '../src/db/data-dir-lock'
import { runCli } from './support/cli'

const COMMANDS = ['create-admin', 'migrate', 'seed-demo', 'doctor', 'backup', 'restore', 'export', 'import']

describe('npm run linli', () => {
  const dir = mkdtempSync(join(tmpdir(), 'linli-cli-'))
  const env = { LINLI_DATA_DIR: join(dir, 'pg') }
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('lists its commands, explains each with --help and exits 2 on wrong usage', async () => {
    // The operator's `npm run linli` from the sources; the rest of the suite runs the built bundle.
    const overview = await runCli(['--help'], env, '', 'sources')
    expect(overview.code).toBe(0)
    for (const c of COMMANDS) expect(overview.stdout).toMatch(new RegExp(`\\n  ${c} +\\S`))
    expect((await runCli(['--help'], env)).stdout).toBe(overview.stdout)
    for (const c of COMMANDS) {
      const help = await runCli([c, '--help'], env)
      expect(help.code, c).toBe(0)
      expect(help.stdout).toContain(`Usage: npm run linli -- ${c}`)
    }
    const unknown = await runCli(['frobnicate'], env)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/Unknown command: frobnicate/)
    expect((await runCli(['migrate', 'extra'], env)).code).toBe(2)
  }, 120_000)

  it('checks the config as the server does, listing every problem', async () => {
    const run = await runCli(['migrate'], { ...env, PORT: 'abc', LINLI_SEED: 'maybe' })
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/Invalid configuration:\n {2}- PORT: .*\n {2}- LINLI_SEED: /)
    const doctor = await runCli(['doctor'], { ...env, PORT: 'abc' })
    expect(doctor.code).toBe(1)
    expect(doctor.stdout).toMatch(/\[FAIL\] config +PORT: .*\n.*→ Fix this variable/)
  }, 60_000)

  it('doctor says what to do: no database yet, then migrations done but no account, Redis down, a server holding the directory', async () => {
    const fresh = await runCli(['doctor'], env)
    expect(fresh.code).toBe(0)
    expect(fresh.stdout).toMatch(/\[WARN\] database +no database in .* yet\n.*→ Start the server/)
    expect(fresh.stdout).toMatch(/\[ ok \] disk +[\d.]+ GiB free/)

    const migrated = await runCli(['migrate'], env)
    expect(migrated.code).toBe(0)
    expect(migrated.stdout).toMatch(/Applied \d+ migrations/)
    expect((await runCli(['migrate'], env)).stdout).toMatch(/is up to date/)

    const noAccount = await runCli(['doctor'], { ...env, REDIS_URL: 'redis://127.0.0.1:1' })
    expect(noAccount.stdout).toMatch(/\[ ok \] migrations +up to date/)
    expect(noAccount.stdout).toMatch(/\[WARN\] accounts .*\n.*→ .*npm run linli -- create-admin/)
    expect(noAccount.stdout).toMatch(/\[FAIL\] redis +cannot reach REDIS_URL.*\n.*→ Start Redis or fix REDIS_URL/)
    expect(noAccount.code).toBe(1)

    // This test process stands in for a running server.
    const lock = lockDataDir(env.LINLI_DATA_DIR)
    try {
      const held = await runCli(['doctor'], env)
      expect(held.code).toBe(0)
      expect(held.stdout).toMatch(new RegExp(`\\[ ok \\] lock +a running server holds .* \\(PID ${process.pid}\\)`))
      const blocked = await runCli(['backup'], env)
      expect(blocked.code).toBe(1)
      expect(blocked.stderr).toMatch(/in use by another Linli server .*stop the server, run this command/s)
    } finally {
      lock.release()
    }
  }, 180_000)
})
