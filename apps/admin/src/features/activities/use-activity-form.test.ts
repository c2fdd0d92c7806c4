import { describe, expect, it } from 'vitest'
import type { Activity } from '@linli/contracts'
import { continuedFrom } from './use-activity-form'

describe('continuedFrom', () => {
  it('starts the rest of a series on the date the rule gave the occurrence, at the series time', () => {
    const series = { startsLocal: '2026-12-11T09:00', endsLocal: '2026-12-11T11:00' } as Activity
    // The occurrence itself may have been moved; the split still follows the rule's date.
    expect(continuedFrom(series, { recurrenceLocal: '2027-01-08T09:00' })).toMatchObject({
      startsLocal: '2027-01-08T09:00', endsLocal: '2027-01-08T11:00',
    })
  })
})
