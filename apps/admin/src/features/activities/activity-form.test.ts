import { describe, expect, it } from 'vitest'
import type { Activity } from '@linli/contracts'
import { checkBody, toActivityBody, toActivityForm } from './activity-form'

const partyDay: Activity = {
  id: 'a1', centerId: 'c1', timeZone: 'Asia/Shanghai', title: '主题党日', description: '学习交流',
  category: 'party_day', audiences: ['party_members'], organiserKind: 'party_branch', organiserName: '第一党支部',
  roomId: 'r1', location: null, startsLocal: '2026-12-11T09:00', endsLocal: '2026-12-11T11:00',
  rrule: 'FREQ=MONTHLY;BYDAY=2FR', exdates: ['2027-02-12T09:00'], status: 'published', capacity: 60,
  kioskVisible: true, staffNotes: '提前布置会场', roomName: '党员活动室', splitFromId: null,
  createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z',
}

describe('activity form mapping', () => {
  it('starts a new activity on the given date, 90 minutes, in a room, published', () => {
    const form = toActivityForm(null, { date: '2026-12-11', organiserName: '凤凰台党群服务中心' })
    expect(form).toMatchObject({
      date: '2026-12-11', start: '09:00', end: '10:30', place: 'room', status: 'published',
      organiserKind: 'center', organiserName: '凤凰台党群服务中心', kioskVisible: true,
    })
    expect(form.recurrence).toMatchObject({ mode: 'none', weekdays: ['FR'], weekday: 'FR', nth: 2, monthDay: 11 })
  })

  it('round-trips a stored series: the body equals what was loaded', () => {
    const body = toActivityBody(toActivityForm(partyDay, { date: '2026-01-01' }))
    expect(body).toEqual({
      title: '主题党日', description: '学习交流', category: 'party_day', audiences: ['party_members'],
      organiserKind: 'party_branch', organiserName: '第一党支部', roomId: 'r1', location: null,
      startsLocal: '2026-12-11T09:00', endsLocal: '2026-12-11T11:00', rrule: 'FREQ=MONTHLY;BYDAY=2FR',
      exdates: ['2027-02-12T09:00'], status: 'published', capacity: 60, kioskVisible: true, staffNotes: '提前布置会场',
    })
  })

  it('moves skipped dates with a changed start time, and drops them without a rule', () => {
    const form = { ...toActivityForm(partyDay, { date: '2026-01-01' }), start: '14:30', end: '16:00' }
    expect(toActivityBody(form).exdates).toEqual(['2027-02-12T14:30'])
    form.recurrence = { ...form.recurrence, mode: 'none' }
    expect(toActivityBody(form)).toMatchObject({ rrule: null, exdates: [] })
  })

  it('sends an off-site location instead of a room, and no capacity as null', () => {
    const form = { ...toActivityForm(partyDay, { date: '2026-01-01' }), place: 'offsite' as const, location: ' 东门广场 ', capacity: '' as const }
    expect(toActivityBody(form)).toMatchObject({ roomId: null, location: '东门广场', capacity: null })
  })

  it('builds a rule from the builder fields', () => {
    const form = toActivityForm(null, { date: '2026-12-07' })
    form.recurrence = { ...form.recurrence, mode: 'weekly', weekdays: ['FR', 'MO', 'WE'], endKind: 'count', count: 12 }
    expect(toActivityBody(form).rrule).toBe('FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=12')
  })

  it('keeps a rule the builder cannot show as it was', () => {
    const odd = { ...partyDay, rrule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1' }
    const form = toActivityForm(odd, { date: '2026-01-01' })
    expect(form.recurrence.mode).toBe('custom')
    expect(toActivityBody(form).rrule).toBe(odd.rrule)
  })

  it('checks conflicts only once a room and a valid time are chosen, filling blanks', () => {
    const form = toActivityForm(null, { date: '2026-12-11' })
    expect(checkBody(form)).toBeNull()
    form.roomId = 'r1'
    expect(checkBody(form)).toMatchObject({ title: '-', organiserName: '-', roomId: 'r1', startsLocal: '2026-12-11T09:00' })
    form.end = '08:00'
    expect(checkBody(form)).toBeNull()
  })
})
