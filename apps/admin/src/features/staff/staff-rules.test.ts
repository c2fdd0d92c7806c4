import { describe, expect, it } from 'vitest'
import type { Me, StaffMember } from '@linli/contracts'
import { roleChoices, staffActions } from './staff-rules'

const me = (role: Me['role'], id = 'me'): Me =>
  ({ id, username: id, displayName: id, role, regionId: role === 'district_admin' ? 'd1' : null, centerId: role === 'district_admin' ? null : 'c1', scopeName: '' })
const member = (over: Partial<StaffMember> = {}): StaffMember => ({
  id: 's1', username: 'zhang', displayName: '张伟', role: 'center_staff', regionId: null, centerId: 'c1', scopeName: '凤凰台',
  active: true, createdAt: '2026-11-01T00:00:00Z', ...over,
})

describe('roleChoices', () => {
  it('offers district admins every role, managers only center staff, staff nothing', () => {
    expect(roleChoices(me('district_admin'))).toEqual(['district_admin', 'center_manager', 'center_staff'])
    expect(roleChoices(me('center_manager'))).toEqual(['center_staff'])
    expect(roleChoices(me('center_staff'))).toEqual([])
    expect(roleChoices(null)).toEqual([])
  })
})

describe('staffActions', () => {
  it('lets a manager handle the staff of their center but not change their role', () => {
    expect(staffActions(me('center_manager'), member())).toEqual({ edit: true, changeRole: false, toggleActive: true, resetPassword: true })
  })

  it('keeps a manager off other managers, other centers and their own row', () => {
    const none = { edit: false, changeRole: false, toggleActive: false, resetPassword: false }
    expect(staffActions(me('center_manager'), member({ role: 'center_manager' }))).toEqual(none)
    expect(staffActions(me('center_manager'), member({ centerId: 'c2' }))).toEqual(none)
    expect(staffActions(me('center_manager', 's1'), member({ role: 'center_manager' }))).toEqual(none)
  })

  it('lets a district admin do everything to others and only rename themselves', () => {
    expect(staffActions(me('district_admin'), member({ role: 'center_manager' }))).toEqual({ edit: true, changeRole: true, toggleActive: true, resetPassword: true })
    expect(staffActions(me('district_admin', 's1'), member({ role: 'district_admin' }))).toEqual({ edit: true, changeRole: false, toggleActive: false, resetPassword: false })
  })

  it('allows nothing to center staff', () => {
    expect(staffActions(me('center_staff'), member({ id: 's2' })).edit).toBe(false)
  })
})
