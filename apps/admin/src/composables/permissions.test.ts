import { describe, expect, it } from 'vitest'
import type { Me } from '@linli/contracts'
import { permissionsFor } from './permissions'

const me = (role: Me['role'], centerId: string | null): Me =>
  ({ id: 'u', username: role, displayName: role, role, regionId: centerId ? null : 'd1', centerId, scopeName: '' })

describe('permissionsFor', () => {
  it('lets district admins do everything in their region', () => {
    const can = permissionsFor(me('district_admin', null))
    expect([can.createCenter, can.deleteCenter, can.editCenter({ id: 'c1' }), can.editRooms('c1')]).toEqual([true, true, true, true])
  })

  it('lets a manager edit only their own center and its rooms', () => {
    const can = permissionsFor(me('center_manager', 'c1'))
    expect([can.createCenter, can.deleteCenter]).toEqual([false, false])
    expect([can.editCenter({ id: 'c1' }), can.editCenter({ id: 'c2' })]).toEqual([true, false])
    expect([can.editRooms('c1'), can.editRooms('c2')]).toEqual([true, false])
  })

  it('keeps the center read-only for staff but lets them edit its rooms', () => {
    const can = permissionsFor(me('center_staff', 'c1'))
    expect([can.editCenter({ id: 'c1' }), can.editRooms('c1')]).toEqual([false, true])
  })

  it('lets staff of a center plan its activities, and district admins any in their region', () => {
    expect(permissionsFor(me('center_staff', 'c1')).editActivities('c1')).toBe(true)
    expect(permissionsFor(me('center_manager', 'c1')).editActivities('c2')).toBe(false)
    expect(permissionsFor(me('district_admin', null)).editActivities('c2')).toBe(true)
    expect(permissionsFor(null).editActivities('c1')).toBe(false)
  })

  it('lets managers run their own screens and notices, district admins also whole regions, staff only look', () => {
    expect([permissionsFor(me('center_manager', 'c1')).manageScreens('c1'), permissionsFor(me('center_manager', 'c1')).manageScreens('c2')]).toEqual([true, false])
    expect(permissionsFor(me('center_staff', 'c1')).manageScreens('c1')).toBe(false)
    expect([permissionsFor(me('district_admin', null)).manageScreens('c2'), permissionsFor(me('district_admin', null)).announceToRegions]).toEqual([true, true])
    expect([permissionsFor(me('center_manager', 'c1')).announceToRegions, permissionsFor(null).manageScreens('c1')]).toEqual([false, false])
  })

  it('lets any staff of a center handle its bookings but only managers change the booking rules', () => {
    const staff = permissionsFor(me('center_staff', 'c1'))
    expect([staff.manageBookings('c1'), staff.manageBookings('c2'), staff.editBookingRules('c1')]).toEqual([true, false, false])
    const manager = permissionsFor(me('center_manager', 'c1'))
    expect([manager.editBookingRules('c1'), manager.editBookingRules('c2')]).toEqual([true, false])
    expect(permissionsFor(me('district_admin', null)).editBookingRules('c9')).toBe(true)
    expect(permissionsFor(null).manageBookings('c1')).toBe(false)
  })

  it('shows staff management and the audit log to managers and district admins only', () => {
    const of = (m: Me | null) => [permissionsFor(m).manageStaff, permissionsFor(m).viewAudit]
    expect([of(me('district_admin', null)), of(me('center_manager', 'c1')), of(me('center_staff', 'c1')), of(null)])
      .toEqual([[true, true], [true, true], [false, false], [false, false]])
  })

  it('offers residents with full phone numbers to their own center\'s manager and district admins, never to staff', () => {
    const of = (m: Me | null, centerId = 'c1') => permissionsFor(m).exportFullPhones(centerId)
    expect([of(me('district_admin', null), 'c9'), of(me('center_manager', 'c1')), of(me('center_manager', 'c1'), 'c2'), of(me('center_staff', 'c1')), of(null)])
      .toEqual([true, true, false, false, false])
  })

  it('shows the district view (全区日历, 全区大屏) to district admins only', () => {
    const of = (m: Me | null) => permissionsFor(m).viewDistrict
    expect([of(me('district_admin', null)), of(me('center_manager', 'c1')), of(me('center_staff', 'c1')), of(null)]).toEqual([true, false, false, false])
  })

  it('allows nothing when signed out', () => {
    const can = permissionsFor(null)
    expect([can.createCenter, can.editCenter({ id: 'c1' }), can.editRooms('c1')]).toEqual([false, false, false])
  })
})
