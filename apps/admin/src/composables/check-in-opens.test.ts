import { describe, expect, it } from 'vitest'
import { checkInOpensText } from './check-in-opens'

const now = new Date('2026-12-08T01:00:00Z') // 09:00 in Shanghai

describe('when check-in opens', () => {
  it('is the center’s wall-clock time, opensMinutes before the start', () => {
    expect(checkInOpensText('2026-12-08T06:00:00Z', 30, 'Asia/Shanghai', 'zh-CN', now)).toBe('13:30')
    expect(checkInOpensText('2026-12-08T06:00:00Z', 90, 'Asia/Shanghai', 'en', now)).toBe('12:30')
  })

  it('names the day when it is not today there', () => {
    expect(checkInOpensText('2026-12-09T02:00:00Z', 30, 'Asia/Shanghai', 'zh-CN', now)).toBe('12月9日 09:30')
    expect(checkInOpensText('2026-12-09T02:00:00Z', 30, 'Asia/Shanghai', 'en', now)).toBe('December 9 09:30')
  })
})
