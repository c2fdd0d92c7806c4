import { describe, expect, it } from 'vitest'
import type { JointMeeting } from '@linli/contracts'
import { createBody, formErrors, formOf, problemSteps, shownTime, updateBody } from './meeting-form'

const meeting: JointMeeting = {
  id: 'm1', centerId: 'c1', regionId: null, ownerName: '凤凰台党群服务中心', title: '第四季度联席会议', startsAt: '2026-11-18T15:00:00+08:00',
  startsLocal: '2026-11-18T15:00', timeZone: 'Asia/Shanghai', location: '二楼会议室', minutes: '通报进展',
  attendees: [{ id: 'u1', name: '郑州银行' }, { id: 'u2', name: '实验小学' }], problems: [], units: [], centers: [],
}

describe('the joint meeting form', () => {
  it('starts empty for a new meeting and from the meeting when editing', () => {
    expect(formOf(null, 'region:r1')).toEqual({ owner: 'region:r1', title: '', startsLocal: '', location: '', minutes: '', unitIds: [] })
    expect(formOf(meeting, '')).toMatchObject({ owner: 'center:c1', startsLocal: '2026-11-18T15:00', unitIds: ['u1', 'u2'] })
  })

  it('asks for the owner, a title of at most 80 characters and a time', () => {
    expect(formErrors(formOf(null, ''))).toEqual({ owner: 'ownerRequired', title: 'titleRequired', startsLocal: 'timeRequired' })
    expect(formErrors({ ...formOf(meeting, ''), title: 'x'.repeat(81) }).title).toBe('titleTooLong')
    expect(formErrors(formOf(meeting, ''))).toEqual({ owner: '', title: '', startsLocal: '' })
  })

  it('sends a new meeting for its center or region, trimmed', () => {
    expect(createBody({ ...formOf(meeting, ''), owner: 'region:r9', title: ' 街道会议 ' })).toEqual({
      regionId: 'r9', title: '街道会议', startsLocal: '2026-11-18T15:00', location: '二楼会议室', minutes: '通报进展', unitIds: ['u1', 'u2'],
    })
    expect(createBody(formOf(meeting, ''))).toMatchObject({ centerId: 'c1' })
  })

  it('sends only what an edit changed, the attending units as a set', () => {
    expect(updateBody(formOf(meeting, ''), meeting)).toBeNull()
    expect(updateBody({ ...formOf(meeting, ''), unitIds: ['u2', 'u1'] }, meeting)).toBeNull()
    expect(updateBody({ ...formOf(meeting, ''), unitIds: ['u1'], minutes: '纪要' }, meeting)).toEqual({ unitIds: ['u1'], minutes: '纪要' })
  })

  it('shows the time as held and offers the next steps of a problem', () => {
    expect(shownTime(meeting.startsAt)).toBe('2026-11-18 15:00')
    expect(problemSteps('raised')).toEqual({ assign: true, solve: false })
    expect(problemSteps('assigned')).toEqual({ assign: true, solve: true })
    expect(problemSteps('solved')).toEqual({ assign: false, solve: false })
  })
})
