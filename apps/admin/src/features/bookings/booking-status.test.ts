import { describe, expect, it } from 'vitest'
import { BOOKING_STATUSES } from '@linli/contracts'
import { ApiError } from '@linli/api-client'
import zh, { bookingErrorsZh } from './i18n/zh-CN'
import en, { bookingErrorsEn } from './i18n/en'
import appZh from '../../i18n/zh-CN'
import { type Translate, errorMessage } from '../../composables/api-error'
import { historySummary, isWarning, rowActions, statusTag } from './booking-status'

describe('booking status', () => {
  it('has a tag and a text in both languages for every status', () => {
    for (const s of BOOKING_STATUSES) {
      expect(statusTag(s).label).toBe(`bookings.status.${s}`)
      expect(zh.bookings.status[s]).toBeTruthy()
      expect(en.bookings.status[s]).toBeTruthy()
    }
    expect(statusTag('requested').type).toBe('warning')
    expect(statusTag('no_show').type).toBe('danger')
    expect(zh.bookings.status.requested).toBe('待审批')
  })

  it('offers decisions only on requests, check-in only on approved bookings', () => {
    expect(rowActions({ status: 'requested' })).toEqual({ decide: true, checkIn: false, cancel: true })
    expect(rowActions({ status: 'approved' })).toEqual({ decide: false, checkIn: true, cancel: true })
    expect(rowActions({ status: 'completed' })).toEqual({ decide: false, checkIn: false, cancel: false })
  })

  it('counts what matters when judging a resident', () => {
    const history = [
      { status: 'no_show' as const, lateCancellation: false },
      { status: 'cancelled' as const, lateCancellation: true },
      { status: 'completed' as const, lateCancellation: false },
      { status: 'rejected' as const, lateCancellation: false },
    ]
    expect(historySummary(history)).toEqual({ total: 4, noShows: 1, lateCancellations: 1, rejected: 1, attended: 1 })
    expect(history.map(isWarning)).toEqual([true, true, false, false])
  })
})

describe('booking error texts', () => {
  // The app's own mapping over the real Chinese messages, as use-api-error calls it.
  const translate: Translate = (key, params = {}) => {
    const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], appZh)
    return typeof text === 'string' ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name])) : undefined
  }

  it('shows the booking error codes of the API in Chinese, and has English for each', () => {
    const err = (code: string) => new ApiError({ statusCode: 409, code, message: 'English server text' })
    expect(errorMessage(err('not_pending'), translate)).toBe(bookingErrorsZh.not_pending)
    expect(errorMessage(err('check_in_not_open'), translate)).toMatch(/签到/)
    expect(errorMessage(err('outside_opening_hours'), translate)).toBe('所选时段超出中心开放时间')
    expect(Object.keys(bookingErrorsEn).sort()).toEqual(Object.keys(bookingErrorsZh).sort())
  })
})
