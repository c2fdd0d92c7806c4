import { describe, expect, it } from 'vitest'
import { offlineBadge } from './badge-text'

const now = new Date('2026-11-22T06:30:00Z') // 14:30 in Beijing

describe('offlineBadge', () => {
  it('gives the time of the last good read in the center zone', () => {
    expect(offlineBadge('2026-11-22T06:05:00Z', now, 'Asia/Shanghai', 'zh-CN')).toEqual({ key: 'kiosk.offline.since', values: { time: '14:05' } })
  })

  it('adds the date when the data is from an earlier day', () => {
    expect(offlineBadge('2026-11-21T09:00:00Z', now, 'Asia/Shanghai', 'zh-CN')).toEqual({
      key: 'kiosk.offline.sinceDay', values: { time: '17:00', day: '11月21日' },
    })
    expect(offlineBadge('2026-11-21T09:00:00Z', now, 'Asia/Shanghai', 'en').values.day).toBe('Nov 21')
  })

  it('says so when nothing was ever read', () => {
    expect(offlineBadge(undefined, now, 'Asia/Shanghai', 'zh-CN').key).toBe('kiosk.offline.never')
    expect(offlineBadge('garbage', now, 'Asia/Shanghai', 'zh-CN').key).toBe('kiosk.offline.never')
  })
})
