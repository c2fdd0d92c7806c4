import { describe, expect, it } from 'vitest'
import type { Center } from '@linli/contracts'
import { toCenterBody, toCenterForm, toCenterUpdate } from './center-form'

const center: Center = {
  id: 'c1', regionId: 'r1', name: '凤凰台党群服务中心', address: '郑州市金水区', areaM2: 4700, timeZone: 'Asia/Shanghai',
  openingHours: [
    { weekday: 6, opens: '09:00', closes: '17:30' },
    { weekday: 1, opens: '14:00', closes: '21:00' },
    { weekday: 1, opens: '08:30', closes: '12:00' },
  ],
  contactName: null, contactPhone: '0371-6392 8810', regionName: '凤凰台街道', roomCount: 12,
  createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
}

describe('center form', () => {
  it('starts a new center in Asia/Shanghai with a typical week', () => {
    const form = toCenterForm(null, 'r1')
    expect(form).toMatchObject({ regionId: 'r1', timeZone: 'Asia/Shanghai', contactName: '' })
    expect(form.week.every((d) => d.open)).toBe(true)
  })

  it('sends trimmed text and null for empty contact fields', () => {
    const form = { ...toCenterForm(center), name: ' 新名字 ', contactPhone: '  ' }
    expect(toCenterBody(form)).toMatchObject({ name: '新名字', contactName: null, contactPhone: null, areaM2: 4700 })
  })

  it('patches nothing when nothing changed, whatever the order of the saved hours', () => {
    expect(toCenterUpdate(toCenterForm(center), center)).toEqual({})
  })

  it('patches only changed fields, never the region unless it changed', () => {
    const form = toCenterForm(center)
    form.week[5]!.open = false
    form.contactName = '李娜'
    expect(toCenterUpdate(form, center)).toEqual({
      contactName: '李娜',
      openingHours: [
        { weekday: 1, opens: '08:30', closes: '12:00' },
        { weekday: 1, opens: '14:00', closes: '21:00' },
      ],
    })
  })
})
