import { existsSync, statfsSync } from 'node:fs'
import { dirname } from 'node:path'
import { Redis } from 'ioredis'
import type { Config } from '../config'
import type { Database } from '../db/database'
import { migrations as known } from '../db/migrations'
import { hasAnyStaff } from '../modules/auth/staff.repository'
import { appliedMigrations, serverMajorVersion } from '../modules/backups/backups.repository'
import { assertClientFits } from '../modules/backups/postgres-tools'
import { s3Client } from '../modules/records/s3-client'

export interface Finding {
  status: 'ok' | 'warn' | 'fail'
  check: string
  detail: string
  /** What the operator should do; none when all is well. */
  todo?: string
}

const GIB = 1024 ** 3

/** The nearest folder that exists at or above `path`: what a directory not made yet will live on. */
function existingAncestor(path: string): string {
  let p = path
  while (!existsSync(p) && dirname(p) !== p) p = dirname(p)
  return p
}

export function diskSpace(check: string, path: string): Finding {
  const where = existingAncestor(path)
  const s = statfsSync(where)
  const free = s.bavail * s.bsize
  const text = `${(free / GIB).toFixed(1)} GiB free on the disk of ${path}`
  if (free < 0.2 * GIB) return { status: 'fail', check, detail: text, todo: 'Free some space: a full disk stops the database from writing. Delete old backups or move LINLI_DATA_DIR / LINLI_BACKUP_DIR to a bigger disk.' }
  if (free < 1 * GIB) return { status: 'warn', check, detail: text, todo: 'Less than 1 GiB left: free some space soon (old backups, logs).' }
  return { status: 'ok', check, detail: text }
}

export async function schemaFindings(db: Database): Promise<Finding[]> {
  const applied = await appliedMigrations(db)
  const unknown = applied.filter((m) => !(m in known))
  const pending = Object.keys(known).filter((m) => !applied.includes(m))
  const findings: Finding[] = []
  if (unknown.length) findings.push({ status: 'fail', check: 'migrations', detail: `the database has ${unknown.length} migration(s) this version does not know (${unknown[0]}…)`, todo: 'It was used by a newer Linli: run that version (or newer), not this one.' })
  else if (pending.length) findings.push({ status: 'warn', check: 'migrations', detail: `${pending.length} of ${Object.keys(known).length} not applied yet`, todo: 'Run `npm run linli -- migrate`, or start the server, which migrates first.' })
  else findings.push({ status: 'ok', check: 'migrations', detail: `up to date (${applied.length})` })
  if (!pending.length || applied.length) {
    const staff = applied.length ? await hasAnyStaff(db) : false
    findings.push(staff
      ? { status: 'ok', check: 'accounts', detail: 'at least one staff account' }
      : { status: 'warn', check: 'accounts', detail: 'no staff account: nobody can sign in to /admin/', todo: 'Create the first one: `npm run linli -- create-admin --username <name> --name <name> --district <district>`.' })
  }
  return findings
}

export async function pgDumpFinding(db: Database): Promise<Finding> {
  try {
    await assertClientFits('pg_dump', await serverMajorVersion(db))
    return { status: 'ok', check: 'pg_dump', detail: 'installed, as new as the server (backups work)' }
  } catch (e) {
    return { status: 'warn', check: 'pg_dump', detail: 'backups will not work', todo: (e as Error).message }
  }
}

export async function redisFinding(config: Config): Promise<Finding | undefined> {
  if (!config.redisUrl) return undefined
  const redis = new Redis(config.redisUrl, { connectTimeout: 3000, maxRetriesPerRequest: 0, retryStrategy: () => null, lazyConnect: true })
  redis.on('error', () => undefined)
  try {
    await redis.connect()
    await redis.ping()
    return { status: 'ok', check: 'redis', detail: 'answers PING' }
  } catch (e) {
    return { status: 'fail', check: 'redis', detail: `cannot reach REDIS_URL: ${(e as Error).message}`, todo: 'Start Redis or fix REDIS_URL; without it, live updates reach only the clients of one API replica. Unset REDIS_URL if you run a single server.' }
  } finally {
    redis.disconnect()
  }
}

/** With S3_BUCKET: the bucket answers a signed listing under S3_PREFIX (the keys and the address are right). */
export async function bucketFinding(config: Config): Promise<Finding | undefined> {
  const s3 = config.s3
  if (!s3) return undefined
  try {
    const { objects } = await s3Client(s3, { timeoutMs: 5_000 }).listObjects(s3.prefix)
    return { status: 'ok', check: 'bucket', detail: `${s3.bucket} at ${s3.endpoint} answers (${objects.length}${objects.length === 1000 ? '+' : ''} object(s) under ${s3.prefix})` }
  } catch (e) {
    return { status: 'fail', check: 'bucket', detail: (e as Error).message, todo: 'Photos and attachments cannot be stored or shown: check S3_ENDPOINT, S3_BUCKET, S3_REGION, S3_FORCE_PATH_STYLE and the keys (they must read, write, delete and list in the bucket), or unset S3_BUCKET to keep files in the database.' }
  }
}
