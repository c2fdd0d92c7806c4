import { describe, expect, it } from 'vitest'
import { emptyFields, firstDate, toProposalCreate, validateProposal } from './proposal-form'

const TODAY = '2026-12-06'
const filled = () => ({ ...emptyFields(), title: ' 书法交流会 ', audiences: ['seniors' as const], dates: ['2026-12-12', '', ''], expectedPeople: '20' })

describe('我要提议 form', () => {
  it('asks for a title, an audience, a date and how many people before sending', () => {
    expect(validateProposal(emptyFields(), TODAY)).toEqual({
      title: 'proposals.form.needTitle', audiences: 'proposals.form.needAudience', dates: 'proposals.form.needDate', expectedPeople: 'proposals.form.needPeople',
    })
    expect(validateProposal({ ...filled(), title: '   ' }, TODAY).title).toBe('proposals.form.needTitle')
    expect(validateProposal(filled(), TODAY)).toEqual({})
  })

  it('refuses today, past and repeated dates; the first date offered is tomorrow', () => {
    expect(firstDate(TODAY)).toBe('2026-12-07')
    expect(validateProposal({ ...filled(), dates: [TODAY, '', ''] }, TODAY).dates).toBe('proposals.form.datePast')
    expect(validateProposal({ ...filled(), dates: ['2026-12-01', '', ''] }, TODAY).dates).toBe('proposals.form.datePast')
    expect(validateProposal({ ...filled(), dates: ['2026-12-12', '2026-12-12', ''] }, TODAY).dates).toBe('proposals.form.sameDate')
  })

  it('wants a whole number of people between 1 and 10000', () => {
    for (const n of ['0', '-3', '2.5', 'abc', '10001']) expect(validateProposal({ ...filled(), expectedPeople: n }, TODAY).expectedPeople).toBe('proposals.form.needPeople')
  })

  it('sends trimmed text, the chosen dates only and no room or organisation when none is given', () => {
    expect(toProposalCreate({ ...filled(), dates: ['2026-12-12', '', '2026-12-13'] })).toEqual({
      title: '书法交流会', description: '', audiences: ['seniors'], preferredDates: ['2026-12-12', '2026-12-13'], roomId: null, expectedPeople: 20, organisationName: null,
    })
  })
})
