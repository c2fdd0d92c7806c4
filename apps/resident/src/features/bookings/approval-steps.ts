import type { Booking } from '@linli/contracts'

export type StepState = 'done' | 'current' | 'next'

/**
 * The steps of a waiting request as the booker follows them: those before the current one are
 * done, the current one says who decides and by when, later ones that apply come next. Steps whose
 * condition does not hold (and that escalation never reached) are left out.
 */
export function approvalSteps(b: Pick<Booking, 'status' | 'approval'>) {
  const a = b.approval
  if (b.status !== 'requested' || !a) return []
  return a.steps
    .map((s, i) => ({ ...s, number: i + 1, state: (i + 1 < a.step ? 'done' : i + 1 === a.step ? 'current' : 'next') as StepState }))
    .filter((s) => s.applies || s.state !== 'next')
    .map((s, i) => ({ ...s, number: i + 1 }))
}

/** '2026-11-21T10:00:00+08:00' → '11月21日 10:00' / '21/11 10:00', in the center's own wall-clock time (the offset it carries). */
export function dueText(offsetTime: string | null, locale: string) {
  const m = offsetTime && /^\d{4}-(\d{2})-(\d{2})T(\d{2}:\d{2})/.exec(offsetTime)
  if (!m) return ''
  const [, month, day, time] = m
  return locale === 'zh-CN' ? `${Number(month)}月${Number(day)}日 ${time}` : `${Number(day)}/${Number(month)} ${time}`
}
