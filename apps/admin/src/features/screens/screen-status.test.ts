import { describe, expect, it } from 'vitest'
import { relativeTime, screenStatus, statusTagType } from './screen-status'

describe('screenStatus', () => {
  const seen = '2026-12-11T08:59:00Z'
  it('is online with a recent heartbeat, offline in between, stale after two minutes', () => {
    expect(screenStatus({ online: true, stale: false, lastSeenAt: seen })).toBe('online')
    expect(screenStatus({ online: false, stale: false, lastSeenAt: seen })).toBe('offline')
    expect(screenStatus({ online: false, stale: true, lastSeenAt: seen })).toBe('stale')
    expect(statusTagType.stale).toBe('danger')
  })

  it('is waiting, not offline, for a screen paired a moment ago that has not connected yet', () => {
    expect(screenStatus({ online: false, stale: false, lastSeenAt: null })).toBe('waiting')
    expect(screenStatus({ online: false, stale: true, lastSeenAt: null })).toBe('stale')
  })
})

describe('relativeTime', () => {
  const now = Date.parse('2026-12-11T09:00:00Z')
  const ago = (ms: number) => new Date(now - ms).toISOString()

  it('says "now" for the last few seconds', () => {
    expect(relativeTime(ago(3_000), now, 'zh-CN')).toBe('现在')
    expect(relativeTime(ago(3_000), now, 'en')).toBe('now')
  })

  it('uses the largest whole unit', () => {
    expect(relativeTime(ago(45_000), now, 'zh-CN')).toBe('45秒钟前')
    expect(relativeTime(ago(3 * 60_000 + 20_000), now, 'zh-CN')).toBe('3分钟前')
    expect(relativeTime(ago(2 * 3_600_000), now, 'en')).toBe('2 hours ago')
    expect(relativeTime(ago(86_400_000), now, 'zh-CN')).toBe('昨天')
    expect(relativeTime(ago(3 * 86_400_000), now, 'en')).toBe('3 days ago')
  })

  it('is null for a screen never seen or a bad date', () => {
    expect(relativeTime(null, now, 'zh-CN')).toBeNull()
    expect(relativeTime('nonsense', now, 'zh-CN')).toBeNull()
  })
})
