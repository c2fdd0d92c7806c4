import { describe, expect, it } from 'vitest'
import { isTimeZone } from './validation'

describe('isTimeZone', () => {
  it.each(['Asia/Shanghai', 'America/New_York', 'Europe/London', 'UTC', 'America/Argentina/Buenos_Aires'])('accepts %s', (tz) => {
    expect(isTimeZone(tz)).toBe(true)
  })
  it.each(['', 'Mars/Base', '+08:00', 'CST', 'asia shanghai', 'Asia/Shanghai; drop table'])('rejects %j', (tz) => {
    expect(isTimeZone(tz)).toBe(false)
  })
})
