import type { ApprovalChainPut, ApprovalStep, RoomKind } from '@linli/contracts'

/** The 审批流程 form: center staff always first; the subdistrict's step optional, with its conditions. */
export interface ChainForm {
  target: 'kind' | 'room'
  roomKind: RoomKind | ''
  roomId: string
  centerHours: number
  /** When the center's step lapses: up to the subdistrict (only with a second step), or the request expires. */
  centerOnLapse: 'escalate' | 'expire'
  subdistrict: boolean
  subdistrictHours: number
  /** Empty: no headcount condition. */
  headcountOver: number | null | undefined
  organisation: boolean
  outsideCenterHours: boolean
}

export const emptyChainForm = (): ChainForm => ({
  target: 'kind', roomKind: '', roomId: '', centerHours: 24, centerOnLapse: 'expire', subdistrict: false, subdistrictHours: 48,
  headcountOver: undefined, organisation: false, outsideCenterHours: false,
})

/** The request body; the API refuses a chain it cannot run (a loop, nobody to escalate to, no approver in scope) with a 400 naming it. */
export function chainBody(f: ChainForm): ApprovalChainPut {
  const steps: ApprovalStep[] = [{ approver: 'center_staff', deadlineHours: f.centerHours, onLapse: f.subdistrict ? f.centerOnLapse : 'expire' }]
  if (f.subdistrict) {
    const when = {
      ...(f.headcountOver != null && { headcountOver: f.headcountOver }),
      ...(f.organisation && { organisation: true }),
      ...(f.outsideCenterHours && { outsideCenterHours: true }),
    }
    steps.push({ approver: 'subdistrict_admin', deadlineHours: f.subdistrictHours, onLapse: 'expire', ...(Object.keys(when).length && { when }) })
  }
  return { ...(f.target === 'kind' ? { roomKind: f.roomKind as RoomKind } : { roomId: f.roomId }), steps }
}

/** A chain in one line for the list: each step's approver, deadline, conditions and lapse, as `t` words it. */
export function chainSummary(steps: ApprovalStep[], t: (key: string, params?: Record<string, unknown>) => string) {
  return steps.map((s) => {
    const when = s.when
      ? [
          s.when.headcountOver !== undefined && t('approvalChains.when.headcountOver', { n: s.when.headcountOver }),
          s.when.organisation && t('approvalChains.when.organisation'),
          s.when.outsideCenterHours && t('approvalChains.when.outsideCenterHours'),
        ].filter(Boolean).join(t('approvalChains.or'))
      : ''
    return t('approvalChains.stepSummary', {
      who: t(`approvals.approvers.${s.approver}`), hours: s.deadlineHours, lapse: t(`approvalChains.lapse.${s.onLapse}`),
      when: when ? t('approvalChains.whenSummary', { when }) : '',
    })
  }).join(' → ')
}
