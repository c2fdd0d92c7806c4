import { describe, expect, it } from 'vitest'
import type { Emergency } from '@linli/contracts'
import { activeEmergency } from './emergency'

const emergency: Emergency = {
  id: 'e1', title: '临时停电', message: '请有序离场', centerId: 'c1', regionId: null,
  startsAt: '2026-11-22T10:00:00+08:00', endsAt: '2026-11-22T11:00:00+08:00', clearedAt: null,
}
const at = (hhmm: string) => Date.parse(`2026-11-22T${hhmm}:00+08:00`)

describe('activeEmergency', () => {
  it('shows until its end, checked on the screen, trusting the API that it has started', () => {
    expect(activeEmergency(emergency, at('09:59'))).toBe(emergency)
    expect(activeEmergency(emergency, at('10:30'))).toBe(emergency)
    expect(activeEmergency(emergency, at('11:00'))).toBeUndefined()
  })

  it('is gone once cleared, or when there is none', () => {
    expect(activeEmergency({ ...emergency, clearedAt: '2026-11-22T10:10:00+08:00' }, at('10:30'))).toBeUndefined()
    expect(activeEmergency(null, at('10:30'))).toBeUndefined()
  })
})
