import { type Static, Type } from '@sinclair/typebox'
import { createECDH } from 'node:crypto'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Value } from '@sinclair/typebox/value'
import { type SmsConfig, SmsEnv, readSmsConfig } from './modules/notifications/sms/config'
import { type S3Config, S3Env, readS3Config } from './modules/records/s3-config'

/** Every setting the API reads from its environment; nothing else reads `process.env`. */
const Env = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  HOST: Type.String({ minLength: 1, default: '0.0.0.0' }),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  LINLI_DATA_DIR: Type.Optional(Type.String({ minLength: 1 })),
  LINLI_SEED: Type.Union([Type.Literal('0'), Type.Literal('1')], { default: '1' }),
  REDIS_URL: Type.Optional(Type.String({ pattern: '^rediss?://' })),
  LINLI_BACKUP_DIR: Type.Optional(Type.String({ minLength: 1 })),
  LINLI_BACKUP_KEEP: Type.Integer({ minimum: 1, maximum: 1000, default: 14 }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)),
    { default: 'info' },
  ),
  COOKIE_SECURE: Type.Union([Type.Literal('0'), Type.Literal('1')], { default: '0' }),
  SESSION_TTL_HOURS: Type.Integer({ minimum: 1, maximum: 24 * 30, default: 12 }),
  TRUST_PROXY: Type.Union([Type.Literal('0'), Type.Literal('1')], { default: '0' }),
  LINLI_SCHEDULE_CACHE: Type.Union([Type.Literal('0'), Type.Literal('1')], { default: '1' }),
  // Screens take a code down 10 s before it expires (apps/kiosk check-in-codes.ts), so a slot under
  // 10 s would leave them nothing to show; over 30 s a photographed code would work too long.
  LINLI_CHECK_IN_SLOT_SECONDS: Type.Integer({ minimum: 10, maximum: 30, default: 30 }),
  // One SMS code per number this often (5 an hour stays the bound on guesses); shorter only for the browser tests.
  LINLI_SMS_RESEND_SECONDS: Type.Integer({ minimum: 10, maximum: 60, default: 60 }),
  // Web Push: a P-256 key pair as `npx web-push generate-vapid-keys` prints it (unpadded base64url).
  VAPID_PUBLIC_KEY: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{87}$' })),
  VAPID_PRIVATE_KEY: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{43}$' })),
  VAPID_SUBJECT: Type.Optional(Type.String({ pattern: '^(mailto:[^\\s@]+@[^\\s@]+|https://[^\\s/]+.*)$' })),
  NOTIFY_SMS_DAILY_CAP: Type.Integer({ minimum: 0, maximum: 100, default: 10 }),
  LINLI_PUBLIC_URL: Type.Optional(Type.String({ pattern: '^https://[^?#]+$' })),
  // The push services browsers may name as their endpoint (host or parent domain, comma-separated):
  // the server POSTs to whatever a subscription names, so only these, never a host inside our network.
  PUSH_SERVICE_HOSTS: Type.String({
    pattern: '^[a-z0-9.-]+(,[a-z0-9.-]+)*$',
    default: 'fcm.googleapis.com,push.services.mozilla.com,notify.windows.com,push.apple.com',
  }),
  ...SmsEnv,
  ...S3Env,
})

const defaultDataDir = fileURLToPath(new URL('../../../data/pg', import.meta.url))

export interface Config {
  port: number
  host: string
  /** A PostgreSQL server, or undefined for the embedded PGlite data directory. */
  databaseUrl: string | undefined
  dataDir: string
  seedDemo: boolean
  redisUrl: string | undefined
  /** Where `backup` and the embedded database's daily backup write: data/backups beside data/pg by default. */
  backupDir: string
  /** How many backups `backup` and the daily job leave in backupDir; older ones are deleted. */
  backupKeep: number
  logLevel: Static<typeof Env>['LOG_LEVEL']
  cookieSecure: boolean
  sessionTtlHours: number
  trustProxy: boolean
  /** Off only to measure the uncached schedule read (bench/): `LINLI_SCHEDULE_CACHE=0`. */
  scheduleCache: boolean
  /**
   * How often screens' rotating check-in codes change (a code is taken for 2-3 slots). 30 s in
   * production; the browser tests run 10 s so that watching a code expire takes seconds, not minutes.
   */
  checkInSlotSeconds: number
  /** How soon a number may ask for another SMS code: 60 s in production, shorter in the browser tests. */
  smsResendSeconds: number
  /**
   * The Web Push (VAPID) key pair from the environment; without one the server makes its own on
   * first start and keeps it in the database (modules/notifications/vapid.ts).
   */
  vapid: { publicKey: string; privateKey: string } | undefined
  /** Who push services can contact about our messages (RFC 8292 `sub`): VAPID_SUBJECT, else the public URL, else a placeholder address. */
  vapidSubject: string
  /** SMS per resident in any 24 hours, seat offers aside (a lost seat is worse than one more message). */
  smsDailyCap: number
  /** Hosts (or parent domains) a push subscription's endpoint may be on. */
  pushServiceHosts: string[]
  /** Where residents reach this server from outside (https), for the links in an SMS; without it an SMS carries none. */
  publicUrl: string | undefined
  /** The SMS provider, or undefined: SMS are then only printed to the log. */
  sms: SmsConfig | undefined
  /** The S3-compatible bucket for photos and attachments (S3_BUCKET), or undefined: they are kept in the database. */
  s3: S3Config | undefined
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
  }
}

/** Reads and checks the environment once; throws a ConfigError listing every problem. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const known = Object.keys(Env.properties)
  const raw = Object.fromEntries(
    known.filter((k) => env[k] !== undefined && env[k] !== '').map((k) => [k, env[k]]),
  )
  const value = Value.Default(Env, Value.Convert(Env, raw))
  const problems = [...Value.Errors(Env, value)].map(
    (e) => `${e.path.slice(1)}: ${e.message} (got ${JSON.stringify(raw[e.path.slice(1)])})`,
  )
  const v = value as Static<typeof Env>
  if (!problems.some((p) => p.startsWith('VAPID_'))) problems.push(...vapidProblems(v))
  const sms = readSmsConfig(v, problems)
  const s3 = readS3Config(v, problems)
  if (problems.length) throw new ConfigError(problems)
  // The default lives at the repository root whichever workspace runs the server; a relative path
  // given by the user means the directory the command was typed in (npm's INIT_CWD).
  const dataDir = v.LINLI_DATA_DIR ? resolve(env.INIT_CWD ?? process.cwd(), v.LINLI_DATA_DIR) : defaultDataDir
  return {
    port: v.PORT,
    host: v.HOST,
    databaseUrl: v.DATABASE_URL,
    dataDir,
    seedDemo: v.LINLI_SEED === '1',
    backupDir: v.LINLI_BACKUP_DIR ? resolve(env.INIT_CWD ?? process.cwd(), v.LINLI_BACKUP_DIR) : join(dirname(dataDir), 'backups'),
    backupKeep: v.LINLI_BACKUP_KEEP,
    redisUrl: v.REDIS_URL,
    logLevel: v.LOG_LEVEL,
    cookieSecure: v.COOKIE_SECURE === '1',
    sessionTtlHours: v.SESSION_TTL_HOURS,
    trustProxy: v.TRUST_PROXY === '1',
    scheduleCache: v.LINLI_SCHEDULE_CACHE === '1',
    checkInSlotSeconds: v.LINLI_CHECK_IN_SLOT_SECONDS,
    smsResendSeconds: v.LINLI_SMS_RESEND_SECONDS,
    vapid: v.VAPID_PUBLIC_KEY && v.VAPID_PRIVATE_KEY ? { publicKey: v.VAPID_PUBLIC_KEY, privateKey: v.VAPID_PRIVATE_KEY } : undefined,
    vapidSubject: v.VAPID_SUBJECT ?? v.LINLI_PUBLIC_URL ?? 'mailto:webpush@linli.invalid',
    smsDailyCap: v.NOTIFY_SMS_DAILY_CAP,
    publicUrl: v.LINLI_PUBLIC_URL,
    pushServiceHosts: v.PUSH_SERVICE_HOSTS.split(','),
    sms,
    s3,
  }
}

/** Half a key pair, or a pair whose halves do not match, would make every push fail at the push service. */
function vapidProblems(v: Partial<Static<typeof Env>>): string[] {
  const { VAPID_PUBLIC_KEY: pub, VAPID_PRIVATE_KEY: priv } = v
  if (!pub && !priv) return []
  if (!pub || !priv) return ['VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY: set both or neither']
  try {
    const ecdh = createECDH('prime256v1')
    ecdh.setPrivateKey(Buffer.from(priv, 'base64url'))
    if (ecdh.getPublicKey('base64url') === pub) return []
  } catch {
    // An invalid private key reads as a mismatch.
  }
  return ['VAPID_PUBLIC_KEY: is not the public half of VAPID_PRIVATE_KEY']
}

/** A path the operator typed, relative to the directory they typed the command in (npm's INIT_CWD). */
export const resolveFromInvocation = (path: string, env: Record<string, string | undefined> = process.env) => resolve(env.INIT_CWD ?? process.cwd(), path)

/** The environment for a child program (pg_dump, psql): ours, plus what it alone needs (its password). */
export const childProcessEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => ({ ...process.env, ...extra })
