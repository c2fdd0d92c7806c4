import { describe, expect, it } from 'vitest'
import { type GateInput, gate } from './gate'
import { DEFAULT_PREFERENCES, quietUntil } from './preferences'

const SH = 'Asia/Shanghai'
const at = (local: string) => new Date(`${local}+08:00`)
const sms = (over: Partial<GateInput> = {}): GateInput => ({ channel: 'sms', kind: 'booking_approved', params: {}, active: true, timeZone: SH, ...over })

describe('quiet hours', () => {
  it('hold SMS from 21:00 to 08:00 on the center clock, across midnight', () => {
    const q = { start: '21:00', end: '08:00' }
    expect(quietUntil(at('2026-12-06T20:59:00'), SH, q)).toBeNull()
    expect(quietUntil(at('2026-12-06T21:00:00'), SH, q)).toEqual(at('2026-12-07T08:00:00'))
    expect(quietUntil(at('2026-12-07T03:10:00'), SH, q)).toEqual(at('2026-12-07T08:00:00'))
    expect(quietUntil(at('2026-12-07T08:00:00'), SH, q)).toBeNull()
  })

  it('can sit inside one day, and equal ends mean none', () => {
    expect(quietUntil(at('2026-12-06T13:30:00'), SH, { start: '12:00', end: '14:00' })).toEqual(at('2026-12-06T14:00:00'))
    expect(quietUntil(at('2026-12-06T23:30:00'), SH, { start: '00:00', end: '00:00' })).toBeNull()
  })

  it('are read on the center clock, not the server one', () => {
    // 13:00 UTC is 21:00 in Shanghai but 08:00 in New York.
    const q = { start: '21:00', end: '08:00' }
    expect(quietUntil(new Date('2026-12-06T13:00:00Z'), SH, q)).not.toBeNull()
    expect(quietUntil(new Date('2026-12-06T13:00:00Z'), 'America/New_York', q)).toBeNull()
  })
})

describe('the gate before each send', () => {
  const night = at('2026-12-06T23:00:00')
  const cap = 10

  it('lets a booking decision wait for the morning, but not a seat that lapses before it', () => {
    expect(gate(sms(), DEFAULT_PREFERENCES, night, 0, cap)).toMatchObject({ deferUntil: at('2026-12-07T08:00:00') })
    const offer = sms({ kind: 'seat_offered', params: { holdUntil: '2026-12-07T01:00:00+08:00' } })
    expect(gate(offer, DEFAULT_PREFERENCES, night, 0, cap)).toEqual({ send: true })
    const laterHold = sms({ kind: 'seat_offered', params: { holdUntil: '2026-12-07T10:00:00+08:00' } })
    expect(gate(laterHold, DEFAULT_PREFERENCES, night, 0, cap)).toMatchObject({ deferUntil: at('2026-12-07T08:00:00') })
  })

  it('honours the topics chosen per channel, and reminders off everywhere', () => {
    const noon = at('2026-12-06T12:00:00')
    expect(gate(sms({ kind: 'booking_reminder' }), DEFAULT_PREFERENCES, noon, 0, cap)).toEqual({ skip: 'opted_out: turned off by the resident' })
    expect(gate(sms({ channel: 'web_push', kind: 'booking_reminder' }), DEFAULT_PREFERENCES, noon, 0, cap)).toEqual({ send: true })
    const noReminders = { ...DEFAULT_PREFERENCES, reminders: false }
    expect(gate(sms({ channel: 'web_push', kind: 'booking_reminder' }), noReminders, noon, 0, cap)).toEqual({ skip: 'opted_out: turned off by the resident' })
    // The inbox is the record: it keeps everything.
    expect(gate(sms({ channel: 'in_app', kind: 'booking_reminder' }), { ...noReminders, pushTopics: [], smsTopics: [] }, noon, 0, cap)).toEqual({ send: true })
  })

  it('stops at the daily cap, except for a seat offer', () => {
    const noon = at('2026-12-06T12:00:00')
    expect(gate(sms(), DEFAULT_PREFERENCES, noon, 10, cap)).toEqual({ skip: 'daily_cap: 10 SMS in 24 hours reached' })
    expect(gate(sms({ kind: 'seat_offered' }), DEFAULT_PREFERENCES, noon, 10, cap)).toEqual({ send: true })
  })

  it('sends nothing at all to a deactivated account', () => {
    expect(gate(sms({ channel: 'in_app', active: false }), DEFAULT_PREFERENCES, at('2026-12-06T12:00:00'), 0, cap)).toEqual({ skip: 'deactivated: the account is deactivated' })
  })
})
