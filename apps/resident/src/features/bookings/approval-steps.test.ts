import { describe, expect, it } from 'vitest'
import type { BookingApprovalStep } from '@linli/contracts'
import { approvalSteps, dueText } from './approval-steps'

const center: BookingApprovalStep = { approver: 'center_staff', approverName: '凤凰台党群服务中心', deadlineHours: 24, onLapse: 'escalate', applies: true }
const sub: BookingApprovalStep = { approver: 'subdistrict_admin', approverName: '凤凰台街道', deadlineHours: 48, onLapse: 'expire', applies: true }

describe('a request\'s approval steps on the phone', () => {
  it('marks the steps done, current and next', () => {
    const steps = approvalSteps({ status: 'requested', approval: { step: 1, steps: [center, sub], dueAt: null } })
    expect(steps.map((s) => [s.number, s.state, s.approver])).toEqual([[1, 'current', 'center_staff'], [2, 'next', 'subdistrict_admin']])
    expect(approvalSteps({ status: 'requested', approval: { step: 2, steps: [center, sub], dueAt: null } }).map((s) => s.state)).toEqual(['done', 'current'])
  })

  it('leaves out a step that does not apply, and shows nothing once decided', () => {
    expect(approvalSteps({ status: 'requested', approval: { step: 1, steps: [center, { ...sub, applies: false }], dueAt: null } })).toHaveLength(1)
    expect(approvalSteps({ status: 'approved', approval: { step: 2, steps: [center, sub], dueAt: null } })).toEqual([])
  })

  it('reads the deadline in the center\'s time', () => {
    expect(dueText('2026-11-21T10:00:00+08:00', 'zh-CN')).toBe('11月21日 10:00')
    expect(dueText('2026-11-21T10:00:00+08:00', 'en')).toBe('21/11 10:00')
    expect(dueText(null, 'en')).toBe('')
  })
})
