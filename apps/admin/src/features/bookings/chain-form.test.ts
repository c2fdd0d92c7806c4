import { describe, expect, it } from 'vitest'
import { chainBody, chainSummary, emptyChainForm } from './chain-form'

describe('the 审批流程 form', () => {
  it('makes a center-only chain that expires when it lapses', () => {
    expect(chainBody({ ...emptyChainForm(), roomKind: 'multi_function', centerOnLapse: 'escalate' })).toEqual({
      roomKind: 'multi_function', steps: [{ approver: 'center_staff', deadlineHours: 24, onLapse: 'expire' }],
    })
  })

  it('adds the subdistrict with the conditions ticked, for one room', () => {
    const body = chainBody({ ...emptyChainForm(), target: 'room', roomId: 'r1', centerOnLapse: 'escalate', subdistrict: true, headcountOver: 100, organisation: true })
    expect(body).toEqual({
      roomId: 'r1',
      steps: [
        { approver: 'center_staff', deadlineHours: 24, onLapse: 'escalate' },
        { approver: 'subdistrict_admin', deadlineHours: 48, onLapse: 'expire', when: { headcountOver: 100, organisation: true } },
      ],
    })
  })

  it('sums a chain up in one line', () => {
    const t = (key: string, p: Record<string, unknown> = {}) => `${key}${JSON.stringify(p)}`
    const line = chainSummary([{ approver: 'center_staff', deadlineHours: 24, onLapse: 'escalate' }], t)
    expect(line).toContain('"hours":24')
    expect(line).toContain('approvalChains.lapse.escalate')
  })
})
