import { describe, expect, it } from 'vitest'
import { auditCsvUrl, auditQuery, defaultFilter, matchesAction } from './audit-query'

// 23:30 UTC on the 21st is already the 22nd in Shanghai.
const now = new Date('2026-11-21T23:30:00Z')

describe('audit queries', () => {
  it('starts with the last seven days in China time', () => {
    expect(defaultFilter(now)).toEqual({ centerId: '', entity: '', action: '', actorId: '', range: ['2026-11-16', '2026-11-22'] })
  })

  it('sends only the filters that are set', () => {
    expect(auditQuery(defaultFilter(now))).toEqual({ from: '2026-11-16', to: '2026-11-22', limit: 500 })
    expect(auditQuery({ centerId: 'c1', entity: 'staff', action: 'reset', actorId: 'u1', range: null }, 100))
      .toEqual({ centerId: 'c1', entity: 'staff', actorId: 'u1', limit: 100 })
  })

  it('links the CSV with the same query', () => {
    expect(auditCsvUrl(auditQuery({ ...defaultFilter(now), entity: 'staff' })))
      .toBe('/api/audit.csv?entity=staff&from=2026-11-16&to=2026-11-22&limit=500')
  })

  it('matches the action text by code or by label', () => {
    const label = (a: string) => ({ reset_password: '重置密码', update: '修改' })[a] ?? a
    expect(matchesAction({ action: 'reset_password' }, '密码', label)).toBe(true)
    expect(matchesAction({ action: 'reset_password' }, 'RESET', label)).toBe(true)
    expect(matchesAction({ action: 'update' }, '密码', label)).toBe(false)
    expect(matchesAction({ action: 'update' }, '  ', label)).toBe(true)
  })
})
