import { describe, expect, it } from 'vitest'
import { announcementRules, newAnnouncementForm, toAnnouncementBody } from './announcement-form'

const now = Date.parse('2026-12-11T01:30:00Z') // 09:30 in Shanghai

describe('announcement form → request body', () => {
  it('targets the chosen center and sends instants with the zone offset', () => {
    const form = { ...newAnnouncementForm(now, 'Asia/Shanghai'), text: '  本周六上午义诊 ', priority: 'high' as const }
    expect(toAnnouncementBody(form, 'c1', 'Asia/Shanghai')).toEqual({
      text: '本周六上午义诊', centerId: 'c1', startsAt: '2026-12-11T09:30:00+08:00', endsAt: '2026-12-18T09:30:00+08:00', priority: 'high',
    })
  })

  it('sends only the region when a district admin addresses a region', () => {
    const form = { ...newAnnouncementForm(now, 'Asia/Shanghai'), text: '通知', target: 'region' as const, regionId: 'r1' }
    const body = toAnnouncementBody(form, 'c1', 'Asia/Shanghai')
    expect(body.regionId).toBe('r1')
    expect('centerId' in body).toBe(false)
  })
})

describe('announcementRules', () => {
  const t = (key: string) => key
  const errorsOf = (form: ReturnType<typeof newAnnouncementForm>, field: 'endsLocal' | 'regionId') => {
    const rules = announcementRules(t, () => form)[field] as { validator?: (r: unknown, v: unknown, cb: (e?: Error) => void) => void }[]
    let error: Error | undefined
    rules.find((r) => r.validator)!.validator!({}, form[field], (e) => (error = e))
    return error?.message
  }

  it('wants the end after the start and a region when addressing one', () => {
    const form = newAnnouncementForm(now, 'Asia/Shanghai')
    expect(errorsOf(form, 'endsLocal')).toBeUndefined()
    expect(errorsOf({ ...form, endsLocal: form.startsLocal }, 'endsLocal')).toBe('errors.invalid_time_range')
    expect(errorsOf({ ...form, target: 'region' }, 'regionId')).toBe('validation.select')
    expect(errorsOf({ ...form, target: 'region', regionId: 'r1' }, 'regionId')).toBeUndefined()
  })
})
