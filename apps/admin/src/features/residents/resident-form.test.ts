import { describe, expect, it } from 'vitest'
import { createBody, fieldProblem, formProblems, newResidentForm, searchTerm } from './resident-form'

describe('登记居民 form', () => {
  const filled = { ...newResidentForm(), name: ' 张秀兰 ', phone: '138 0013 8000', household: ' 3号楼2单元501 ' }

  it('asks for a name and an 11-digit mobile number, and nothing else', () => {
    expect(formProblems(newResidentForm())).toEqual([['name', 'required'], ['phone', 'required']])
    expect(formProblems(filled)).toEqual([])
    expect(formProblems({ ...filled, household: '' })).toEqual([])
  })

  it('refuses numbers the API would refuse, accepting the spaces and dashes people type', () => {
    for (const phone of ['1380013800', '23800138000', '12800138000', '138001380001', '138-0013-800a'])
      expect(fieldProblem('phone', { ...filled, phone }), phone).toBe('phone')
    for (const phone of ['13800138000', '138-0013-8000', ' 138 0013 8000 '])
      expect(fieldProblem('phone', { ...filled, phone }), phone).toBeNull()
  })

  it('counts characters, not bytes, against the limits, and a blank name is no name', () => {
    expect(fieldProblem('name', { ...filled, name: '   ' })).toBe('required')
    expect(fieldProblem('name', { ...filled, name: '王'.repeat(40) })).toBeNull()
    expect(fieldProblem('name', { ...filled, name: '王'.repeat(41) })).toBe('tooLong')
    expect(fieldProblem('household', { ...filled, household: '楼'.repeat(201) })).toBe('tooLong')
  })

  it('sends trimmed text, the bare number, and no household when none was typed', () => {
    expect(createBody(filled)).toEqual({ name: '张秀兰', phone: '13800138000', household: '3号楼2单元501', language: 'zh-CN' })
    expect(createBody({ ...filled, household: '  ', language: 'en' })).toMatchObject({ household: null, language: 'en' })
  })

  it('searches a number by its digits and a name as typed', () => {
    expect([searchTerm(''), searchTerm('  '), searchTerm(' 8000 '), searchTerm('138 0013'), searchTerm(' 秀兰 ')]).toEqual([undefined, undefined, '8000', '1380013', '秀兰'])
  })
})
