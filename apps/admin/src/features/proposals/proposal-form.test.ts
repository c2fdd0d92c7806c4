import { describe, expect, it } from 'vitest'
import type { Proposal } from '@linli/contracts'
import { acceptBody, acceptFormFor, acceptProblem, allowedDecisions, textProblem } from './proposal-form'

const proposal = { preferredDates: ['2026-12-20', '2026-12-21'], roomId: 'r1' } as Proposal

describe('the moderation forms of 居民提议', () => {
  it('offers 提问 / 采纳 / 不采纳 only where the API allows them', () => {
    expect(allowedDecisions('submitted')).toEqual(['question', 'accept', 'decline'])
    expect(allowedDecisions('question_asked')).toEqual(['decline'])
    expect(allowedDecisions('accepted')).toEqual([])
    expect(allowedDecisions('withdrawn')).toEqual([])
  })

  it('starts accepting on the first preferred date in the proposed room and needs a category', () => {
    const f = acceptFormFor(proposal)
    expect(f).toMatchObject({ date: '2026-12-20', roomId: 'r1' })
    expect(acceptProblem(f)).toBe('needCategory')
    const ready = { ...f, category: 'lecture' as const }
    expect(acceptProblem(ready)).toBe('')
    expect(acceptBody(ready)).toEqual({ startsLocal: '2026-12-20T09:00', endsLocal: '2026-12-20T10:00', category: 'lecture', roomId: 'r1', location: null })
  })

  it('refuses an end before the start, and no room without a place', () => {
    const f = { ...acceptFormFor(proposal), category: 'lecture' as const }
    expect(acceptProblem({ ...f, ends: '08:00' })).toBe('endsBeforeStarts')
    expect(acceptProblem({ ...f, roomId: null })).toBe('needPlace')
    expect(acceptBody({ ...f, roomId: null, location: ' 广场 ' })).toMatchObject({ roomId: null, location: '广场' })
  })

  it('needs a question or a reason with words in it', () => {
    expect(textProblem('  ', 'reason')).toBe('needReason')
    expect(textProblem('', 'question')).toBe('needQuestion')
    expect(textProblem('x'.repeat(501), 'reason')).toBe('tooLong')
    expect(textProblem('场地已满', 'reason')).toBe('')
  })
})
