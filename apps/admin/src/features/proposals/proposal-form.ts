import type { ActivityCategory, Proposal, ProposalAccept, ProposalState } from '@linli/contracts'

/** What staff may do with a proposal in each state (the API refuses the rest with 409). */
export function allowedDecisions(state: ProposalState): ('question' | 'accept' | 'decline')[] {
  if (state === 'submitted') return ['question', 'accept', 'decline']
  if (state === 'question_asked') return ['decline']
  return []
}

export interface AcceptForm {
  date: string
  starts: string
  ends: string
  category: ActivityCategory | ''
  roomId: string | null
  location: string
}

/** The accept form starts at the proposer's first preferred date, 09:00-10:00, in their room. */
export const acceptFormFor = (p: Proposal): AcceptForm => ({
  date: p.preferredDates[0] ?? '', starts: '09:00', ends: '10:00', category: '', roomId: p.roomId, location: '',
})

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

/** The first problem of an accept form as an i18n key under proposals.accept, or '' when it can be sent. */
export function acceptProblem(f: AcceptForm): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(f.date)) return 'needDate'
  if (!TIME.test(f.starts) || !TIME.test(f.ends)) return 'needTimes'
  if (f.ends <= f.starts) return 'endsBeforeStarts'
  if (!f.category) return 'needCategory'
  if (!f.roomId && !f.location.trim()) return 'needPlace'
  return ''
}

export function acceptBody(f: AcceptForm): ProposalAccept {
  return {
    startsLocal: `${f.date}T${f.starts}`, endsLocal: `${f.date}T${f.ends}`, category: f.category as ActivityCategory,
    roomId: f.roomId, location: f.roomId ? null : f.location.trim(),
  }
}

/** A question or a reason: required, trimmed, at most 500 characters; '' when fine, else the i18n key. */
export function textProblem(text: string, kind: 'question' | 'reason'): string {
  if (!text.trim()) return kind === 'question' ? 'needQuestion' : 'needReason'
  if (text.trim().length > 500) return 'tooLong'
  return ''
}
