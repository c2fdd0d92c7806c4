import { describe, expect, it } from 'vitest'
import { bookableDays, nextRelease, stripDayName } from './date-strip'
import { weekdayName } from '../../shared/format'

const policy = { maxAdvanceDays: 7, releaseTime: '08:00' }
const labels = { today: '今天', tomorrow: '明天', dayAfter: '后天' }

describe('bookableDays', () => {
  it('offers today and maxAdvanceDays more once the day is released', () => {
    const days = bookableDays('2026-11-23T09:00', policy)
    expect(days).toHaveLength(8)
    expect(days[0]).toEqual({ date: '2026-11-23', offset: 0, weekday: 1, dayOfMonth: 23 })
    expect(days.at(-1)!.date).toBe('2026-11-30')
  })

  it('holds back the newest day until the release time', () => {
    expect(bookableDays('2026-11-23T07:59', policy).at(-1)!.date).toBe('2026-11-29')
    expect(bookableDays('2026-11-23T08:00', policy).at(-1)!.date).toBe('2026-11-30')
  })

  it('always offers today, even with no advance booking', () => {
    expect(bookableDays('2026-11-23T07:00', { maxAdvanceDays: 0, releaseTime: '08:00' }).map((d) => d.date)).toEqual(['2026-11-23'])
  })

  it('crosses month and year ends', () => {
    expect(bookableDays('2026-12-30T12:00', { maxAdvanceDays: 3, releaseTime: '08:00' }).map((d) => d.dayOfMonth)).toEqual([30, 31, 1, 2])
  })
})

describe('stripDayName', () => {
  it('names the first three days and then the weekday', () => {
    const names = bookableDays('2026-11-23T09:00', policy).map((d) => stripDayName(d, labels, (date) => weekdayName(date, 'zh-CN')))
    expect(names).toEqual(['今天', '明天', '后天', '周四', '周五', '周六', '周日', '周一'])
  })
})

describe('nextRelease', () => {
  it('tells when the next day opens', () => {
    expect(nextRelease('2026-11-23T07:00', policy)).toEqual({ date: '2026-11-30', time: '08:00', releasedToday: false })
    expect(nextRelease('2026-11-23T09:00', policy)).toEqual({ date: '2026-12-01', time: '08:00', releasedToday: true })
  })
})
