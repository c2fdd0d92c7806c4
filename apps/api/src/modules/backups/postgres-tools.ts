import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { promisify } from 'node:util'
import { childProcessEnv } from '../../config'
import { BackupError } from './backup-set'

/**
 * PostgreSQL's own client programs (pg_dump, pg_restore, psql from the postgresql-client package).
 * The password goes in the environment, never on the command line where `ps` shows it.
 */
export function connection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url)
  const password = decodeURIComponent(u.password)
  u.password = ''
  return { dbname: u.toString(), env: childProcessEnv(password ? { PGPASSWORD: password } : {}) }
}

/** The major version of a client program (`pg_dump (PostgreSQL) 15.20 …` → 15), or undefined when it is not installed. */
export async function clientMajorVersion(program: 'pg_dump' | 'pg_restore' | 'psql'): Promise<number | undefined> {
  try {
    const { stdout } = await promisify(execFile)(program, ['--version'])
    return Number(/(\d+)(\.\d+)?/.exec(stdout)?.[1])
  } catch {
    return undefined
  }
}

/** Refuses, with what to install, when pg_dump is missing or older than the server (it would refuse, less clearly). */
export async function assertClientFits(program: 'pg_dump' | 'pg_restore' | 'psql', serverMajor: number): Promise<void> {
  const major = await clientMajorVersion(program)
  if (major === undefined) throw new BackupError(`${program} is not installed. Install PostgreSQL's client programs, version ${serverMajor} or newer (Debian/Ubuntu: apt-get install postgresql-client-${serverMajor}).`)
  if (major < serverMajor) throw new BackupError(`${program} is version ${major}, older than the PostgreSQL ${serverMajor} server. Install postgresql-client-${serverMajor} (or newer) and put it first in PATH.`)
}

/** Resolves when the program exits 0; otherwise rejects with the end of what it wrote to stderr. */
export function finished(child: ChildProcess, program: string): Promise<void> {
  let stderr = ''
  child.stderr?.on('data', (c: Buffer) => void (stderr = (stderr + c.toString()).slice(-4000)))
  return new Promise((resolve, reject) => {
    child.once('error', (e) => reject(new BackupError(`${program} could not be started: ${e.message}`)))
    child.once('close', (code) => (code === 0 ? resolve() : reject(new BackupError(`${program} failed (exit code ${code}):\n${stderr.trim()}`))))
  })
}

/** pg_dump's custom format (-Fc): compressed, one consistent snapshot, restorable by pg_restore. */
export async function pgDump(url: string, file: string): Promise<void> {
  const { dbname, env } = connection(url)
  const child = spawn('pg_dump', ['-Fc', '--no-owner', '--no-privileges', '-f', file, `--dbname=${dbname}`], { env, stdio: ['ignore', 'ignore', 'pipe'] })
  await finished(child, 'pg_dump')
}

/**
 * Replays a custom-format dump into the database in one transaction (pg_restore's SQL into psql
 * --single-transaction): any error rolls all of it back. `replace` first drops the public schema,
 * in the same transaction.
 */
export async function pgRestore(url: string, file: string, replace: boolean): Promise<void> {
  const { dbname, env } = connection(url)
  const restore = spawn('pg_restore', ['--no-owner', '--no-privileges', '-f', '-', file], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  const psql = spawn('psql', [
    '-X', '-q', '-v', 'ON_ERROR_STOP=1', '--single-transaction',
    ...(replace ? ['-c', 'drop schema public cascade; create schema public;'] : []),
    '-f', '-', `--dbname=${dbname}`,
  ], { env, stdio: ['pipe', 'ignore', 'pipe'] })
  // psql commits at the end of its input: it gets that end only once pg_restore has succeeded;
  // otherwise it is killed, and the server rolls the open transaction back.
  restore.stdout.pipe(psql.stdin, { end: false })
  const applied = finished(psql, 'psql')
  // psql stopping at an error closes its input; its own failure is the one to report.
  psql.stdin.on('error', () => undefined)
  applied.catch(() => undefined)
  try {
    await finished(restore, 'pg_restore')
  } catch (e) {
    // psql stopping at an SQL error breaks pg_restore's pipe; psql's message says what went wrong.
    const psqlFailedFirst = psql.exitCode !== null
    psql.kill('SIGKILL')
    const psqlError = await applied.then(() => undefined, (x: unknown) => x)
    throw psqlFailedFirst && psqlError ? psqlError : e
  }
  psql.stdin.end()
  await applied
}
