import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config'

describe('loadConfig', () => {
  it('gives working defaults: port 3000, embedded database, demo seed on', () => {
    const c = loadConfig({ INIT_CWD: '/srv/linli/apps/api' })
    expect(c).toMatchObject({ port: 3000, databaseUrl: undefined, seedDemo: true, redisUrl: undefined, scheduleCache: true, checkInSlotSeconds: 30, smsResendSeconds: 60 })
    expect(c.dataDir).toBe(fileURLToPath(new URL('../../../data/pg', import.meta.url)))
    expect(loadConfig({ INIT_CWD: '/srv/linli', LINLI_DATA_DIR: 'db' }).dataDir).toBe('/srv/linli/db')
  })

  it('reads the documented variables', () => {
    const c = loadConfig({ PORT: '8080', DATABASE_URL: 'postgres://u@db/linli', REDIS_URL: 'redis://r:6379', LINLI_SEED: '0', LINLI_DATA_DIR: '/var/lib/linli', LINLI_SCHEDULE_CACHE: '0', LINLI_CHECK_IN_SLOT_SECONDS: '10', LINLI_SMS_RESEND_SECONDS: '20' })
    expect(c).toMatchObject({ port: 8080, databaseUrl: 'postgres://u@db/linli', redisUrl: 'redis://r:6379', seedDemo: false, dataDir: '/var/lib/linli', scheduleCache: false, checkInSlotSeconds: 10, smsResendSeconds: 20 })
  })

  it('lists every problem at once instead of starting half-configured', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LINLI_SEED: 'yes', LINLI_CHECK_IN_SLOT_SECONDS: '5' })
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError)
      const problems = (e as ConfigError).problems.join('\n')
      expect(problems).toContain('PORT')
      expect(problems).toContain('DATABASE_URL')
      expect(problems).toContain('LINLI_SEED')
      expect(problems).toContain('LINLI_CHECK_IN_SLOT_SECONDS')
    }
  })

  it('keeps files in the database unless S3_BUCKET is set, and reads the S3 set-up with its defaults', () => {
    expect(loadConfig({}).s3).toBeUndefined()
    const keys = { S3_ACCESS_KEY_ID: 'AKID', S3_SECRET_ACCESS_KEY: 'se/cr+et' }
    expect(loadConfig({ S3_BUCKET: 'linli-photos', ...keys }).s3).toEqual({
      bucket: 'linli-photos', endpoint: 'https://s3.us-east-1.amazonaws.com', region: 'us-east-1', accessKeyId: 'AKID', secretAccessKey: 'se/cr+et', pathStyle: false, prefix: 'linli/', retentionDays: 30,
    })
    expect(loadConfig({ S3_BUCKET: 'linli', S3_RETENTION_DAYS: '90', ...keys }).s3).toMatchObject({ retentionDays: 90 })
    // A custom endpoint (MinIO, a provider's S3 API) is addressed path-style unless told otherwise.
    expect(loadConfig({ S3_BUCKET: 'linli', S3_ENDPOINT: 'http://127.0.0.1:9000/', ...keys }).s3).toMatchObject({ endpoint: 'http://127.0.0.1:9000', pathStyle: true })
    expect(loadConfig({ S3_BUCKET: 'linli', S3_ENDPOINT: 'https://oss-cn-hangzhou.aliyuncs.com', S3_REGION: 'oss-cn-hangzhou', S3_FORCE_PATH_STYLE: '0', S3_PREFIX: 'center-a/', ...keys }).s3)
      .toMatchObject({ endpoint: 'https://oss-cn-hangzhou.aliyuncs.com', region: 'oss-cn-hangzhou', pathStyle: false, prefix: 'center-a/' })
  })

  it('refuses half an S3 set-up at start, never printing a secret', () => {
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env)
      } catch (e) {
        return (e as ConfigError).problems.join('\n')
      }
      return ''
    }
    expect(problems({ S3_BUCKET: 'linli' })).toContain('S3_BUCKET=linli needs S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY (missing)')
    expect(problems({ S3_ENDPOINT: 'http://127.0.0.1:9000', S3_SECRET_ACCESS_KEY: 'x' })).toContain('S3_BUCKET: not set, but S3_ENDPOINT, S3_SECRET_ACCESS_KEY are')
    const bad = problems({ S3_BUCKET: 'Linli_Photos', S3_ENDPOINT: 'ftp://minio', S3_FORCE_PATH_STYLE: 'yes', S3_ACCESS_KEY_ID: 'AKID', S3_SECRET_ACCESS_KEY: 'top secret' })
    for (const name of ['S3_BUCKET', 'S3_ENDPOINT', 'S3_FORCE_PATH_STYLE']) expect(bad).toContain(name)
    expect(problems({ S3_BUCKET: 'linli', S3_ACCESS_KEY_ID: 'AKID', S3_SECRET_ACCESS_KEY: 'top secret' })).toContain('S3_SECRET_ACCESS_KEY: contains a space')
    expect(bad + problems({ S3_BUCKET: 'linli', S3_ACCESS_KEY_ID: 'AKID', S3_SECRET_ACCESS_KEY: 'top secret' })).not.toContain('top secret')
    expect(problems({ S3_BUCKET: 'photos.linli', S3_ACCESS_KEY_ID: 'a', S3_SECRET_ACCESS_KEY: 'b' })).toContain('S3_FORCE_PATH_STYLE=1')
    // A deleted file's object must outlive the backups that may still be restored.
    expect(problems({ S3_BUCKET: 'linli', S3_ACCESS_KEY_ID: 'a', S3_SECRET_ACCESS_KEY: 'b', S3_RETENTION_DAYS: '0' })).toContain('S3_RETENTION_DAYS=0: between 1 and 3650 days')
    expect(problems({ S3_BUCKET: 'linli', S3_ACCESS_KEY_ID: 'a', S3_SECRET_ACCESS_KEY: 'b', S3_RETENTION_DAYS: '30d' })).toContain('S3_RETENTION_DAYS')
  })
})
