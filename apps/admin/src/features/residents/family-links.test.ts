import { describe, expect, it } from 'vitest'
import type { DeskFamily, DeskFamilyLink, DeskResident } from '@linli/contracts'
import { familyRows, linkCandidates, sideFull } from './family-links'

const link = (over: Partial<DeskFamilyLink>): DeskFamilyLink => ({
  id: 'l', proxyResidentId: 'me', proxyName: '王阿姨', proxyMaskedPhone: '139****0001', memberResidentId: 'x', memberName: '刘大爷',
  memberMaskedPhone: '139****0002', linkedBy: 'staff', centerId: 'c1', createdAt: '2026-12-01T02:00:00.000Z', ...over,
})
const family: DeskFamily = {
  members: [link({ id: 'a', memberResidentId: 'bob', memberName: '刘大爷' })],
  proxies: [link({ id: 'b', proxyResidentId: 'carol', proxyName: '张阿姨', proxyMaskedPhone: '139****0003', memberResidentId: 'me', linkedBy: 'sms_code', centerId: null })],
  limit: 5,
}
const resident = (id: string): DeskResident => ({ id, name: id, maskedPhone: '139****0000', household: null, language: 'zh-CN', registeredAt: null })

describe('the 家人代办 dialog', () => {
  it('names the other person on each side, and lets the desk end only links its own center made', () => {
    expect(familyRows(family, 'c1')).toEqual([
      expect.objectContaining({ id: 'a', side: 'actsFor', otherName: '刘大爷', otherMaskedPhone: '139****0002', linkedBy: 'staff', removable: true }),
      expect.objectContaining({ id: 'b', side: 'actedForBy', otherName: '张阿姨', otherMaskedPhone: '139****0003', linkedBy: 'sms_code', removable: false }),
    ])
    expect(familyRows(family, 'c2').map((r) => r.removable)).toEqual([false, false])
  })

  it('offers neither the resident nor someone already linked the chosen way', () => {
    const found = ['me', 'bob', 'carol', 'dan'].map(resident)
    expect(linkCandidates(found, 'me', family, 'acts_for').map((r) => r.id)).toEqual(['carol', 'dan'])
    expect(linkCandidates(found, 'me', family, 'acted_for').map((r) => r.id)).toEqual(['bob', 'dan'])
    expect(linkCandidates(found, 'me', null, 'acts_for').map((r) => r.id)).toEqual(['bob', 'carol', 'dan'])
  })

  it('knows when a side has reached the limit', () => {
    expect(sideFull(family, 'acts_for')).toBe(false)
    expect(sideFull({ ...family, limit: 1 }, 'acted_for')).toBe(true)
    expect(sideFull(null, 'acts_for')).toBe(false)
  })
})
