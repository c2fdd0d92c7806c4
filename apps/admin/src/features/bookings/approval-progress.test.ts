import { describe, expect, it } from 'vitest'
import type { BookingApprovalStep } from '@linli/contracts'
import { approvalProgress } from './approval-progress'

const center: BookingApprovalStep = { approver: 'center_staff', approverName: '凤凰台党群服务中心', deadlineHours: 24, onLapse: 'escalate', applies: true }
const sub: BookingApprovalStep = { approver: 'subdistrict_admin', approverName: '凤凰台街道', deadlineHours: 48, onLapse: 'expire', applies: true }

describe('where a request stands in its approval chain', () => {
  it('names the step, who decides and the deadline in the center\'s time', () => {
    const b = { status: 'requested' as const, approval: { step: 2, steps: [center, sub], dueAt: '2026-12-01T02:00:00Z' } }
    expect(approvalProgress(b, 'Asia/Shanghai')).toEqual({ step: 2, of: 2, approver: 'subdistrict_admin', approverName: '凤凰台街道', due: '12-01 10:00' })
  })

  it('counts only the steps that apply, unless escalation reached one', () => {
    const skipped = { ...sub, applies: false }
    expect(approvalProgress({ status: 'requested', approval: { step: 1, steps: [center, skipped], dueAt: null } }, 'Asia/Shanghai')).toMatchObject({ step: 1, of: 1, due: null })
    expect(approvalProgress({ status: 'requested', approval: { step: 2, steps: [center, skipped], dueAt: null } }, 'Asia/Shanghai')).toMatchObject({ step: 2, of: 2 })
  })

  it('says nothing for a decided request or one without a chain', () => {
    expect(approvalProgress({ status: 'approved', approval: { step: 2, steps: [center, sub], dueAt: null } }, 'Asia/Shanghai')).toBeUndefined()
    expect(approvalProgress({ status: 'requested', approval: null }, 'Asia/Shanghai')).toBeUndefined()
  })
})
