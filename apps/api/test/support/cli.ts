import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { sql } from 'kysely'
import { cliBundle } from '../../scripts/build'
import type { Database } from '../../src/db/database'
import { nodeScript, serverBundle } from './spawn-server'

const apiDir = fileURLToPath(new URL('../../', import.meta.url))

export interface CliRun { code: number; stdout: string; stderr: string }

/**
 * The operator's command line in its own process, with `input` piped to its standard input; only
 * `env` says which database. By default the built bundle (`node apps/api/dist/cli.js`, as in the
 * Docker image, compiled from the current sources once per worker); `from: 'sources'` runs
 * `npm run linli`'s own command instead, which compiles every module on start (about 2 s more CPU).
 */
export async function runCli(args: string[], env: Record<string, string>, input = '', from: 'bundle' | 'sources' = 'bundle'): Promise<CliRun> {
  if (from === 'bundle') await serverBundle() // builds dist/cli.js beside the server
  const command = from === 'sources' ? nodeScript('linli') : [cliBundle]
  const { DATABASE_URL: _url, LINLI_DATA_DIR: _dir, ...inherited } = process.env
  const child = spawn(process.execPath, [...command, ...args], {
    cwd: apiDir,
    env: { ...inherited, LOG_LEVEL: 'silent', LINLI_SEED: '0', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (c: Buffer) => void (stdout += c.toString()))
  child.stderr.on('data', (c: Buffer) => void (stderr += c.toString()))
  child.stdin.end(input)
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (code) => resolve({ code: code ?? -1, stdout, stderr }))
  })
}

/** Every table of the public schema with its row count and a checksum of all its rows, to compare two databases. */
export async function tableChecksums(db: Database): Promise<Record<string, string>> {
  const { rows: tables } = await sql<{ name: string }>`select tablename as name from pg_tables where schemaname = 'public' order by tablename`.execute(db)
  const sums: Record<string, string> = {}
  for (const { name } of tables) {
    const { rows } = await sql<{ n: number; sum: string }>`
      select count(*)::int as n, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as sum from ${sql.table(`public.${name}`)} t`.execute(db)
    sums[name] = `${rows[0]!.n} rows ${rows[0]!.sum}`
  }
  return sums
}
