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
})
