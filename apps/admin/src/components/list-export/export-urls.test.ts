import { describe, expect, it } from 'vitest'
import { exportUrls } from './export-urls'

describe('the list export addresses', () => {
  it("carry the list's filters, leave out the empty ones and the page, and add the format", () => {
    expect(exportUrls.bookings('c1', { status: 'approved', from: '2026-11-01', to: '2026-11-30', roomId: undefined })('xlsx'))
      .toBe('/api/centers/c1/bookings/export?status=approved&from=2026-11-01&to=2026-11-30&format=xlsx')
    expect(exportUrls.serviceRequests('c1', { category: 'policy', limit: 50, offset: 100 })('csv'))
      .toBe('/api/centers/c1/service-requests/export?category=policy&format=csv')
    expect(exportUrls.audit({ entity: 'room', limit: 500 })('csv')).toBe('/api/audit/export?entity=room&format=csv')
    expect(exportUrls.residents('c1', { q: '王 ' })('csv')).toBe('/api/centers/c1/residents/export?q=%E7%8E%8B+&format=csv')
    expect(exportUrls.residents('c1', { q: undefined, fullPhones: true })('xlsx')).toBe('/api/centers/c1/residents/export?fullPhones=true&format=xlsx')
    expect(exportUrls.signups('o1')('xlsx')).toBe('/api/occurrences/o1/roster/export?format=xlsx')
  })
})
