import { Type } from '@sinclair/typebox'

/** The S3 variables of the environment, checked with the rest of the config (config.ts). */
export const S3Env = {
  S3_BUCKET: Type.Optional(Type.String({ pattern: '^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$' })),
  S3_ENDPOINT: Type.Optional(Type.String({ pattern: '^https?://[^/?#@\\s]+/?$' })),
  S3_REGION: Type.Optional(Type.String({ pattern: '^[a-z0-9-]{2,40}$' })),
  // No pattern: a schema problem prints the value, and a secret must not end up in a log.
  S3_ACCESS_KEY_ID: Type.Optional(Type.String()),
  S3_SECRET_ACCESS_KEY: Type.Optional(Type.String()),
  S3_FORCE_PATH_STYLE: Type.Optional(Type.Union([Type.Literal('0'), Type.Literal('1')])),
  S3_PREFIX: Type.Optional(Type.String({ pattern: '^([A-Za-z0-9._-]+/)+$' })),
  S3_RETENTION_DAYS: Type.Optional(Type.String({ pattern: '^[0-9]{1,4}$' })),
}

type S3Vars = { [K in keyof typeof S3Env]?: string }

export interface S3Config {
  bucket: string
  /** The service's address without a trailing slash, e.g. http://127.0.0.1:9000 or https://s3.us-east-1.amazonaws.com. */
  endpoint: string
  region: string
  accessKeyId: string
  secretAccessKey: string
  /** http://host/bucket/key (MinIO and most self-hosted stores) rather than http://bucket.host/key (AWS, OSS). */
  pathStyle: boolean
  /** Every object's name starts with it, so the sweep never touches what others keep in a shared bucket. */
  prefix: string
  /** Days a deleted file's object stays in the bucket, so restoring a backup from before the delete finds it. */
  retentionDays: number
}

/**
 * The S3-compatible store, or undefined when S3_BUCKET is not set (files then live in the
 * database). A bucket without both keys is a problem to fix before starting, and so is an S3
 * variable without a bucket: half a set-up would silently keep files in the database.
 */
export function readS3Config(v: S3Vars, problems: string[]): S3Config | undefined {
  if (!v.S3_BUCKET) {
    const stray = Object.keys(S3Env).filter((k) => v[k as keyof S3Vars] !== undefined)
    if (stray.length) problems.push(`S3_BUCKET: not set, but ${stray.join(', ')} ${stray.length > 1 ? 'are' : 'is'}; set S3_BUCKET to keep files in that bucket, or remove them`)
    return undefined
  }
  const missing = ['S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'].filter((k) => !v[k as keyof S3Vars])
  if (missing.length) {
    problems.push(`S3_BUCKET=${v.S3_BUCKET} needs ${missing.join(' and ')} (missing)`)
    return undefined
  }
  const spaced = ['S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'].filter((k) => /\s/.test(v[k as keyof S3Vars]!))
  if (spaced.length) problems.push(`${spaced.join(' and ')}: ${spaced.length > 1 ? 'contain' : 'contains'} a space or line break (copied with the key?)`)
  const region = v.S3_REGION ?? 'us-east-1'
  const custom = v.S3_ENDPOINT !== undefined
  const pathStyle = v.S3_FORCE_PATH_STYLE ? v.S3_FORCE_PATH_STYLE === '1' : custom
  // A bucket name with dots cannot be a host name under the provider's TLS certificate.
  if (!pathStyle && v.S3_BUCKET.includes('.') && (v.S3_ENDPOINT ?? 'https:').startsWith('https:'))
    problems.push(`S3_BUCKET=${v.S3_BUCKET}: a bucket name with dots needs S3_FORCE_PATH_STYLE=1 over https`)
  const retentionDays = Number(v.S3_RETENTION_DAYS ?? 30)
  if (retentionDays < 1 || retentionDays > 3650) problems.push(`S3_RETENTION_DAYS=${v.S3_RETENTION_DAYS}: between 1 and 3650 days (a deleted file's object must outlive the backups that still name it)`)
  return {
    bucket: v.S3_BUCKET,
    endpoint: (v.S3_ENDPOINT ?? `https://s3.${region}.amazonaws.com`).replace(/\/$/, ''),
    region,
    accessKeyId: v.S3_ACCESS_KEY_ID!,
    secretAccessKey: v.S3_SECRET_ACCESS_KEY!,
    pathStyle,
    prefix: v.S3_PREFIX ?? 'linli/',
    retentionDays,
  }
}
