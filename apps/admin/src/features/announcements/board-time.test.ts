import { describe, expect, it } from 'vitest'
import { defaultWindow, formatInstant, formatRange, isoToLocal, localToIso } from './board-time'

const now = Date.parse('2026-12-11T01:30:45Z') // 09:30 in Shanghai

describe('board times in the center zone', () => {
  it('turns a wall clock into an instant with the zone offset', () => {
    expect(localToIso('2026-12-11T09:00', 'Asia/Shanghai')).toBe('2026-12-11T09:00:00+08:00')
    expect(localToIso('2026-07-01T09:00', 'Europe/Berlin')).toBe('2026-07-01T09:00:00+02:00')
    expect(new Date(localToIso('2026-12-11T09:00', 'Asia/Shanghai')).toISOString()).toBe('2026-12-11T01:00:00.000Z')
  })

  it('reads an instant back as the wall clock of the zone, whatever the browser zone', () => {
    expect(isoToLocal('2026-12-11T01:00:00.000Z', 'Asia/Shanghai')).toBe('2026-12-11T09:00')
    expect(isoToLocal('2026-12-11T01:00:00.000Z', 'America/New_York')).toBe('2026-12-10T20:00')
  })

  it('defaults to now → one week later', () => {
    expect(defaultWindow(now, 'Asia/Shanghai')).toEqual({ startsLocal: '2026-12-11T09:30', endsLocal: '2026-12-18T09:30' })
  })

  it('formats times in the zone, with the year only when it differs', () => {
    expect(formatInstant('2026-12-11T01:00:00.000Z', 'Asia/Shanghai', 'zh-CN', now)).toBe('12月11日 09:00')
    expect(formatInstant('2026-12-11T01:00:00.000Z', 'America/New_York', 'en', now)).toBe('Dec 10, 20:00')
    expect(formatInstant('2027-01-02T01:00:00.000Z', 'Asia/Shanghai', 'zh-CN', now)).toBe('2027年1月2日 09:00')
    expect(formatRange('2026-12-11T01:00:00Z', '2026-12-18T01:00:00Z', 'Asia/Shanghai', 'zh-CN', now)).toBe('12月11日 09:00 – 12月18日 09:00')
  })
})
