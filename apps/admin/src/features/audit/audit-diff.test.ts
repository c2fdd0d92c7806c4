import { describe, expect, it } from 'vitest'
import { auditDiff, formatValue } from './audit-diff'

describe('auditDiff', () => {
  it('keeps only the changed fields of an update, skipping updatedAt', () => {
    const before = { displayName: '张伟', active: true, role: 'center_staff', updatedAt: '2026-11-01T00:00:00Z', tags: ['a'] }
    const after = { displayName: '张伟', active: false, role: 'center_staff', updatedAt: '2026-11-21T00:00:00Z', tags: ['a'] }
    expect(auditDiff(before, after)).toEqual([{ field: 'active', before: true, after: false, kind: 'changed' }])
  })

  it('lists what a creation set and what a deletion removed, leaving out empty fields and the id', () => {
    expect(auditDiff(null, { id: 'r1', name: '书吧', floor: null, capacity: 20 })).toEqual([
      { field: 'name', before: null, after: '书吧', kind: 'added' },
      { field: 'capacity', before: null, after: 20, kind: 'added' },
    ])
    expect(auditDiff({ name: '书吧' }, null)).toEqual([{ field: 'name', before: '书吧', after: null, kind: 'removed' }])
  })

  it('compares nested values by content and treats a missing field like null', () => {
    expect(auditDiff({ hours: { mon: ['09:00'] }, note: null }, { hours: { mon: ['09:00'] } })).toEqual([])
    expect(auditDiff({ hours: { mon: ['09:00'] } }, { hours: { mon: ['10:00'] } })).toHaveLength(1)
    expect(auditDiff(null, null)).toEqual([])
  })
})

describe('formatValue', () => {
  it('shows values in one short line', () => {
    expect(formatValue(null)).toBe('—')
    expect(formatValue('书吧')).toBe('书吧')
    expect(formatValue(true, { bool: (b) => (b ? '是' : '否') })).toBe('是')
    expect(formatValue({ a: 1 })).toBe('{"a":1}')
    expect(formatValue('x'.repeat(100), { max: 10 })).toBe(`${'x'.repeat(9)}…`)
  })
})
