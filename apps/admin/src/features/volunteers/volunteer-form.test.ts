import { describe, expect, it } from 'vitest'
import type { VolunteerMember } from '@linli/contracts'
import { emptyMemberForm, emptyServiceForm, hoursOf, memberCreateBody, memberProblems, memberUpdateBody, serviceBody, serviceProblems } from './volunteer-form'

const member: VolunteerMember = {
  id: 'm1', teamId: 't1', teamName: '银龄志愿服务队', centerId: 'c1', residentId: 'r1', name: '王桂兰', phone: '13800138000',
  publicAlias: null, leaderboardConsent: false, active: true, totalMinutes: 0, totalPoints: 0, stars: 0, joinedAt: '2026-11-01T00:00:00.000Z',
}

describe('volunteer member form', () => {
  it('needs a mobile number for a new member', () => {
    expect(memberProblems(emptyMemberForm(), true)).toEqual(['volunteers.member.needPhone'])
    expect(memberProblems({ ...emptyMemberForm(), phone: '13800138000' }, true)).toEqual([])
  })

  it('refuses consent without an alias, as the database would', () => {
    const form = { phone: '13800138000', publicAlias: '  ', leaderboardConsent: true }
    expect(memberProblems(form, true)).toEqual(['volunteers.member.consentNeedsAlias'])
    expect(memberProblems({ ...form, publicAlias: '热心王阿姨' }, true)).toEqual([])
  })

  it('sends a blank alias as none, and only changes on edit', () => {
    expect(memberCreateBody({ phone: ' 13800138000 ', publicAlias: ' ', leaderboardConsent: false })).toEqual({ phone: '13800138000', publicAlias: null, leaderboardConsent: false })
    expect(memberUpdateBody({ phone: '', publicAlias: '', leaderboardConsent: false }, member)).toEqual({})
    expect(memberUpdateBody({ phone: '', publicAlias: '王阿姨', leaderboardConsent: true }, member)).toEqual({ publicAlias: '王阿姨', leaderboardConsent: true })
  })
})

describe('service record form', () => {
  const now = new Date('2026-11-20T01:10:00Z') // 09:10 in Shanghai

  it('starts a new record two hours back on the center’s clock', () => {
    expect(emptyServiceForm('Asia/Shanghai', now)).toMatchObject({ date: '2026-11-20', time: '07:00', hours: 2, minutes: 0 })
    expect(emptyServiceForm('Asia/Shanghai', new Date('2026-11-19T17:20:00Z'))).toMatchObject({ date: '2026-11-19', time: '23:15' })
  })

  it('checks the volunteer, the time and a duration of 1 minute to 24 hours', () => {
    const form = emptyServiceForm('Asia/Shanghai', now)
    expect(serviceProblems(form, 'Asia/Shanghai', now)).toEqual(['volunteers.service.needMember'])
    expect(serviceProblems({ ...form, memberId: 'm1', hours: 0, minutes: 0 }, 'Asia/Shanghai', now)).toEqual(['volunteers.service.minutesRange'])
    expect(serviceProblems({ ...form, memberId: 'm1', hours: 24, minutes: 30 }, 'Asia/Shanghai', now)).toEqual(['volunteers.service.minutesRange'])
  })

  it('refuses a start still ahead on the center’s clock', () => {
    const form = { ...emptyServiceForm('Asia/Shanghai', now), memberId: 'm1', time: '09:15' }
    expect(serviceProblems(form, 'Asia/Shanghai', now)).toEqual(['volunteers.service.inFuture'])
  })

  it('writes the time on the center’s clock with its offset', () => {
    const body = serviceBody({ memberId: 'm1', date: '2026-11-20', time: '14:30', hours: 1, minutes: 30, note: ' 义诊 ' }, 'Asia/Shanghai')
    expect(body).toEqual({ memberId: 'm1', servedAt: '2026-11-20T14:30:00+08:00', minutes: 90, note: '义诊' })
  })

  it('shows hours with one decimal', () => {
    expect(hoursOf(90)).toBe(1.5)
    expect(hoursOf(100)).toBe(1.7)
  })
})
