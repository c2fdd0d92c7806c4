import { describe, expect, it } from 'vitest'
import type { Me, StaffMember } from '@linli/contracts'
import { USERNAME_PATTERN, createBody, endsSessions, formOf, newForm, updateBody, withRole } from './staff-form'

const manager: Me = { id: 'm', username: 'manager', displayName: '李娜', role: 'center_manager', regionId: null, centerId: 'c1', scopeName: '' }
const district: Me = { ...manager, role: 'district_admin', regionId: 'd1', centerId: null }
const zhang: StaffMember = {
  id: 's1', username: 'zhang', displayName: '张伟', role: 'center_staff', regionId: null, centerId: 'c1', scopeName: '凤凰台',
  active: true, createdAt: '2026-11-01T00:00:00Z',
}

describe('staff form', () => {
  it('starts a manager with center staff of their own center, a district admin with no scope', () => {
    expect(newForm(manager)).toMatchObject({ role: 'center_staff', scopeId: 'c1' })
    expect(newForm(district)).toMatchObject({ role: 'center_staff', scopeId: '' })
  })

  it('sends the center for center roles and the region for district admins', () => {
    const form = { ...newForm(manager), username: ' liu.yang ', displayName: ' 刘洋 ', password: 'Qingshan-river-7' }
    expect(createBody(form)).toEqual({ username: 'liu.yang', displayName: '刘洋', role: 'center_staff', centerId: 'c1', password: 'Qingshan-river-7' })
    expect(createBody({ ...form, role: 'district_admin', scopeId: 'd2' })).toMatchObject({ role: 'district_admin', regionId: 'd2' })
    expect(createBody({ ...form, role: 'district_admin', scopeId: 'd2' })).not.toHaveProperty('centerId')
  })

  it('empties the scope only when the role needs another kind of scope', () => {
    const form = formOf(zhang)
    expect(withRole(form, 'center_manager').scopeId).toBe('c1')
    expect(withRole(form, 'district_admin').scopeId).toBe('')
  })

  it('sends only what changed and knows which changes end sessions', () => {
    expect(updateBody({ ...formOf(zhang), displayName: '张伟伟' }, zhang)).toEqual({ displayName: '张伟伟' })
    expect(updateBody({ ...formOf(zhang), role: 'center_manager' }, zhang)).toEqual({ role: 'center_manager' })
    const promoted = updateBody({ ...formOf(zhang), role: 'district_admin', scopeId: 'd1' }, zhang)
    expect(promoted).toEqual({ role: 'district_admin', regionId: 'd1', centerId: null })
    expect([endsSessions({ displayName: 'x' }), endsSessions(promoted), endsSessions({ active: false }), endsSessions({ active: true })])
      .toEqual([false, true, true, false])
  })

  it('checks usernames like the API', () => {
    expect(['liu.yang', 'zw_01', 'a-b'].every((u) => USERNAME_PATTERN.test(u))).toBe(true)
    expect(['Liu', 'ab', '.liu', '刘洋', 'x'.repeat(33)].some((u) => USERNAME_PATTERN.test(u))).toBe(false)
  })
})
