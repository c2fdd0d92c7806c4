import { describe, expect, it } from 'vitest'
import { followDate, fromSpec, newRecurrence, nthOf, toSpec } from './recurrence-form'
import { fromRrule, toRrule } from './recurrence-rule'

describe('recurrence form', () => {
  it('knows which weekday of the month a date is, the fifth being the last', () => {
    expect([nthOf('2026-12-04'), nthOf('2026-12-11'), nthOf('2026-12-28'), nthOf('2026-12-31')]).toEqual([1, 2, 4, -1])
  })

  it('maps monthly on the second Friday to a spec and back', () => {
    const form = { ...newRecurrence('2026-12-11'), mode: 'monthly' as const }
    const spec = toSpec(form)
    expect(spec).toEqual({ freq: 'monthly', interval: 1, monthlyMode: 'nth_weekday', nth: 2, weekday: 'FR', end: { kind: 'never' } })
    expect(toRrule(form)).toBe('FREQ=MONTHLY;BYDAY=2FR')
    expect(fromSpec(spec!, '2026-12-11')).toEqual(form)
  })

  it('reads the presets the builder offers', () => {
    expect(fromRrule('FREQ=MONTHLY;BYMONTHDAY=15', '2026-12-01')).toMatchObject({ mode: 'monthly', monthlyMode: 'day_of_month', monthDay: 15 })
    expect(fromRrule('FREQ=WEEKLY', '2026-12-09')).toMatchObject({ mode: 'weekly', weekdays: ['WE'] })
    expect(fromRrule('FREQ=MONTHLY;INTERVAL=3;BYDAY=1TU', '2026-12-01')).toMatchObject({ mode: 'monthly', interval: 3, nth: 1, weekday: 'TU' })
    expect(fromRrule('FREQ=DAILY;UNTIL=20270131', '2026-12-01')).toMatchObject({ mode: 'daily', endKind: 'until', until: '2027-01-31' })
  })

  it('repeats a bare monthly rule on the start day of the month', () => {
    expect(fromRrule('FREQ=MONTHLY', '2026-12-11')).toMatchObject({ mode: 'monthly', monthlyMode: 'day_of_month', monthDay: 11 })
  })

  it('lets untouched fields follow a new start date and keeps chosen ones', () => {
    const form = { ...newRecurrence('2026-12-11'), mode: 'weekly' as const }
    expect(followDate(form, '2026-12-11', '2026-12-15')).toMatchObject({ weekdays: ['TU'], weekday: 'TU', nth: 3, monthDay: 15 })
    const chosen = { ...form, weekdays: ['MO' as const, 'FR' as const], monthDay: 20 }
    expect(followDate(chosen, '2026-12-11', '2026-12-15')).toMatchObject({ weekdays: ['MO', 'FR'], monthDay: 20 })
  })

  it('keeps a loaded rule as written until its fields change', () => {
    const weekly = fromRrule('FREQ=WEEKLY', '2026-12-09')
    expect(toRrule(weekly)).toBe('FREQ=WEEKLY')
    expect(toRrule({ ...weekly, weekdays: ['WE', 'FR'] })).toBe('FREQ=WEEKLY;BYDAY=WE,FR')
    expect(toRrule({ ...weekly, mode: 'none' })).toBeNull()
  })

  it('gives no rule for 不重复', () => {
    expect(toRrule(newRecurrence('2026-12-11'))).toBeNull()
  })
})
