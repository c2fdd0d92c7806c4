import { type ChildProcess, spawn } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { inject } from 'vitest'
import { seededDataDir } from './seeded-template'

const apiDir = fileURLToPath(new URL('../../apps/api/', import.meta.url))

/** apps/api's "start" (`exec node … dist/server.js`) without the exec: what production runs. */
function productionArgs(): string[] {
  const start = (JSON.parse(readFileSync(join(apiDir, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start
  const [exec, node, ...args] = start.split(' ')
  if (exec !== 'exec' || node !== 'node') throw new Error(`apps/api "start" should exec node: ${start}`)
  return args
}

export interface RunningServer {
  baseUrl: string
  /** The PGlite data directory: a test may change it directly only while the server is paused. */
  dataDir: string
  /** Stops the process and keeps its data, so `start` can bring the same server back on the same port. */
  pause(): Promise<void>
  resume(): Promise<void>
  stop(): Promise<void>
  /** What the server has printed so far; pass its length to `smsCode` as the point to read from. */
  log(): string
  /**
   * The SMS code the server printed for `phone` (no SMS provider: `短信验证码 138****0001: 123456`)
   * after `since` characters of its log. Needs `startServer({ smsCodes: true })`.
   */
  smsCode(phone: string, since?: number): Promise<string>
}

export interface ServerOptions {
  /**
   * Log at info level, where the printed SMS codes are (the default): residents sign up only with
   * a code, so most tests need one (`signUpResident`). `false` logs at `warn`.
   */
  smsCodes?: boolean
  /**
   * How often the screens' check-in codes change (LINLI_CHECK_IN_SLOT_SECONDS, 10-30; production 30):
   * a test that watches a code expire runs 10 s slots instead of waiting minutes.
   */
  checkInSlotSeconds?: number
  /** How soon a number may ask for another SMS code (LINLI_SMS_RESEND_SECONDS, 10-60; production 60). */
  smsResendSeconds?: number
  /** `false`: a first install (LINLI_SEED=0), with no demo data and no account at all. */
  seed?: boolean
}

/** The servers this test process runs, by base URL, so a helper given only the URL can read its codes. */
const running = new Map<string, RunningServer>()
export const runningServer = (baseUrl: string) => running.get(baseUrl)

/** Runs the server bundle the global setup built, as `npm start` does, and reads the port from its start-up banner. */
function spawnApi(dataDir: string, port: number, logLevel: string, extraEnv: Record<string, string>) {
  const child: ChildProcess = spawn(process.execPath, productionArgs(), {
    cwd: apiDir,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LINLI_DATA_DIR: dataDir, LOG_LEVEL: logLevel, INIT_CWD: apiDir, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const baseUrl = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /admin\s+(http:\/\/localhost:\d+)\/admin\//.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(match[1]!)
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)))
  })
  return { child, baseUrl, output: () => output }
}

async function stopChild(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await exited
}

/**
 * Starts the real server the way `npm start` does (its own PGlite data directory, migrations, demo
 * seed, built SPAs) on a random port, and reads the port from its start-up banner. The directory is
 * a copy of a migrated one with the demo seeded minutes ago (seeded-template.ts), so the server finds
 * nothing to migrate or seed; with `seed: false`, of the migrated one alone, as a first install.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'linli-e2e-'))
  const templates = inject('templatesDir')
  cpSync(options.seed === false ? join(templates, 'migrated') : await seededDataDir(templates), dataDir, { recursive: true })
  const logLevel = options.smsCodes === false ? 'warn' : 'info'
  const extraEnv: Record<string, string> = {
    ...(options.checkInSlotSeconds && { LINLI_CHECK_IN_SLOT_SECONDS: String(options.checkInSlotSeconds) }),
    ...(options.smsResendSeconds && { LINLI_SMS_RESEND_SECONDS: String(options.smsResendSeconds) }),
    ...(options.seed === false && { LINLI_SEED: '0' }),
  }
  let current = spawnApi(dataDir, 0, logLevel, extraEnv)
  const baseUrl = await current.baseUrl
  const port = Number(new URL(baseUrl).port)
  const server: RunningServer = {
    baseUrl,
    dataDir,
    pause: () => stopChild(current.child),
    resume: async () => {
      current = spawnApi(dataDir, port, logLevel, extraEnv)
      await current.baseUrl
    },
    stop: async () => {
      running.delete(baseUrl)
      await stopChild(current.child)
      rmSync(dataDir, { recursive: true, force: true })
    },
    log: () => current.output(),
    smsCode: async (phone, since = 0) => {
      const line = new RegExp(`短信验证码 ${phone.slice(0, 3)}\\*{4}${phone.slice(-4)}: (\\d{6})`, 'g')
      // The server sends the SMS just after answering, so the line may be a moment behind.
      for (let waited = 0; waited < 10_000; waited += 100) {
        const found = [...current.output().slice(since).matchAll(line)].at(-1)
        if (found) return found[1]!
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      throw new Error(`no SMS code for ${phone} in the server log${logLevel === 'info' ? '' : ' (started with smsCodes: false)'}`)
    },
  }
  running.set(baseUrl, server)
  return server
}
