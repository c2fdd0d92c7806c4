import { describe, expect, it } from 'vitest'
import { SERVICE_REQUEST_CATEGORIES, SERVICE_REQUEST_STATUSES } from '@linli/contracts'
import zh from './i18n/zh-CN'
import en from './i18n/en'
import { STATUS_TAGS, allowedActions, isOpen, percent, requestFigures } from './request-status'

describe('service request status', () => {
  it('has a tag and text in both languages for every status and category', () => {
    for (const s of SERVICE_REQUEST_STATUSES) {
      expect(STATUS_TAGS[s]).toBeTruthy()
      expect(zh.serviceRequests.statuses[s]).toBeTruthy()
      expect(en.serviceRequests.statuses[s]).toBeTruthy()
    }
    for (const c of SERVICE_REQUEST_CATEGORIES) expect(zh.serviceRequests.categories[c] && en.serviceRequests.categories[c]).toBeTruthy()
  })

  it('offers 转办 and 办结 on a registered request, only 办结 once transferred, nothing when finished', () => {
    expect(allowedActions('registered')).toEqual(['transfer', 'close'])
    expect(allowedActions('transferred')).toEqual(['close'])
    expect(allowedActions('resolved_on_spot')).toEqual([])
    expect(allowedActions('closed')).toEqual([])
    expect(isOpen('transferred')).toBe(true)
    expect(isOpen('closed')).toBe(false)
  })

  it('adds up the district figures like the seeds: 810 received, 419 on the spot, 203 transferred, 192 closed, 95 %', () => {
    const t = '2026-11-02T02:00:00.000Z'
    const items = [
      ...Array.from({ length: 419 }, () => ({ status: 'resolved_on_spot' as const, transferredAt: null })),
      ...Array.from({ length: 192 }, () => ({ status: 'closed' as const, transferredAt: t })),
      ...Array.from({ length: 11 }, () => ({ status: 'transferred' as const, transferredAt: t })),
      ...Array.from({ length: 188 }, () => ({ status: 'registered' as const, transferredAt: null })),
    ]
    const f = requestFigures(items)
    expect([f.received, f.resolvedOnSpot, f.transferred, f.closed]).toEqual([810, 419, 203, 192])
    expect(percent(f.closingRate)).toBe('95%')
  })

  it('counts a request closed without a transfer as received only, like the reports', () => {
    const f = requestFigures([{ status: 'closed', transferredAt: null }, { status: 'closed', transferredAt: '2026-11-02T02:00:00.000Z' }])
    expect([f.received, f.transferred, f.closed, f.closingRate]).toEqual([2, 1, 1, 1])
  })

  it('has no closing rate while nothing was transferred', () => {
    expect(requestFigures([{ status: 'registered', transferredAt: null }]).closingRate).toBeNull()
    expect(percent(null)).toBe('—')
  })
})
