import { describe, expect, it } from 'vitest'
import { emergencyEnd, newEmergencyForm, toEmergencyBody } from './emergency-form'

const now = Date.parse('2026-12-11T01:30:00Z') // 09:30 in Shanghai

describe('emergency form → request body', () => {
  it('ends a fixed time from now, written in the center zone', () => {
    expect(emergencyEnd({ duration: '30', untilLocal: '' }, now, 'Asia/Shanghai')).toBe('2026-12-11T10:00:00+08:00')
    expect(emergencyEnd({ duration: '120', untilLocal: '' }, now, 'Asia/Shanghai')).toBe('2026-12-11T11:30:00+08:00')
  })

  it('ends at a chosen wall clock of the center zone', () => {
    expect(emergencyEnd({ duration: 'until', untilLocal: '2026-12-11T18:00' }, now, 'Asia/Shanghai')).toBe('2026-12-11T18:00:00+08:00')
    expect(newEmergencyForm(now, 'Asia/Shanghai').untilLocal).toBe('2026-12-11T13:30')
  })

  it('trims the texts and targets one center or one region', () => {
    const form = { ...newEmergencyForm(now, 'Asia/Shanghai'), title: ' 暂停开放 ', message: ' 因停电今日暂停开放 ' }
    expect(toEmergencyBody(form, 'c1', 'Asia/Shanghai', now)).toEqual({
      title: '暂停开放', message: '因停电今日暂停开放', centerId: 'c1', endsAt: '2026-12-11T10:30:00+08:00',
    })
    expect(toEmergencyBody({ ...form, target: 'region', regionId: 'r9' }, 'c1', 'Asia/Shanghai', now)).toMatchObject({ regionId: 'r9' })
  })
})
