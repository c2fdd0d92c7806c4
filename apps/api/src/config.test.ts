import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config'

describe('loadConfig', () => {
  it('gives working defaults: port 3000, embedded database, demo seed on', () => {
    const c = loadConfig({ INIT_CWD: '/srv/linli' })
    expect(c).toMatchObject({ port: 3000, databaseUrl: undefined, dataDir: '/srv/linli/data/pg', seedDemo: true, redisUrl: undefined })
  })

  it('reads the documented variables', () => {
    const c = loadConfig({ PORT: '8080', DATABASE_URL: 'postgres://u@db/linli', REDIS_URL: 'redis://r:6379', LINLI_SEED: '0', LINLI_DATA_DIR: '/var/lib/linli' })
    expect(c).toMatchObject({ port: 8080, databaseUrl: 'postgres://u@db/linli', redisUrl: 'redis://r:6379', seedDemo: false, dataDir: '/var/lib/linli' })
  })

  it('lists every problem at once instead of starting half-configured', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LINLI_SEED: 'yes' })
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError)
      const problems = (e as ConfigError).problems.join('\n')
      expect(problems).toContain('PORT')
      expect(problems).toContain('DATABASE_URL')
      expect(problems).toContain('LINLI_SEED')
    }
  })
})
