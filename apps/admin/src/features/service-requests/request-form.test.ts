import { describe, expect, it } from 'vitest'
import { defaultRequestFilter, emptyRequestForm, figuresQuery, listQuery, rangeTooLong, requestBody, requestProblems } from './request-form'

describe('quick log form', () => {
  it('needs a category and a description, nothing about the visitor', () => {
    expect(requestProblems(emptyRequestForm())).toEqual(['serviceRequests.form.needCategory', 'serviceRequests.form.needDescription'])
    const form = { ...emptyRequestForm(), category: 'legal_aid' as const, description: '  邻里纠纷咨询 ' }
    expect(requestProblems(form)).toEqual([])
    expect(requestBody(form)).toEqual({ category: 'legal_aid', description: '邻里纠纷咨询' })
  })

  it('needs a resolution when handled on the spot, and checks a phone only when given', () => {
    const form = { ...emptyRequestForm(), category: 'policy' as const, description: '医保报销', resolvedOnSpot: true, visitorPhone: 'abc' }
    expect(requestProblems(form)).toEqual(['serviceRequests.form.badPhone', 'serviceRequests.form.needResolution'])
    const fixed = { ...form, visitorPhone: '0371-6688 1234', visitorName: '李先生', resolution: '现场讲解报销流程' }
    expect(requestProblems(fixed)).toEqual([])
    expect(requestBody(fixed)).toEqual({
      category: 'policy', description: '医保报销', visitorName: '李先生', visitorPhone: '0371-6688 1234', resolvedOnSpot: true, resolution: '现场讲解报销流程',
    })
  })
})

describe('request filters', () => {
  it('starts at this month in the center’s zone', () => {
    // 16:30 UTC on 31 Oct is already 1 Nov in Shanghai.
    expect(defaultRequestFilter('Asia/Shanghai', new Date('2026-10-31T16:30:00Z')).range).toEqual(['2026-11-01', '2026-11-01'])
  })

  it('keeps the status filter out of the figures', () => {
    const f = { range: ['2026-11-01', '2026-11-30'] as [string, string], status: 'closed' as const, category: 'other' as const }
    expect(figuresQuery(f)).toEqual({ from: '2026-11-01', to: '2026-11-30', category: 'other' })
    expect(listQuery(f)).toEqual({ from: '2026-11-01', to: '2026-11-30', category: 'other', status: 'closed' })
  })
})

describe('list range', () => {
  it('allows up to 366 days, both ends counted', () => {
    expect(rangeTooLong(['2026-01-01', '2027-01-01'])).toBe(false)
    expect(rangeTooLong(['2026-01-01', '2027-01-02'])).toBe(true)
  })
})
