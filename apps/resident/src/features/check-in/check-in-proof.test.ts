import { describe, expect, it } from 'vitest'
import { ApiError } from '@linli/api-client'
import { cleanDeskCode, isDeskCode, needsDeskCode, scannedCode } from './check-in-proof'

describe('what proves a resident is at the room or activity', () => {
  it('takes the screen\'s code from the link they scanned, if it has one', () => {
    expect(scannedCode({ t: 'k3.AbCdEfGhIjKlMnOp' })).toBe('k3.AbCdEfGhIjKlMnOp')
    expect(scannedCode({ c: 'center' })).toBeUndefined()
    expect(scannedCode({ t: '  ' })).toBeUndefined()
    expect(scannedCode({ t: ['a', 'b'] })).toBeUndefined()
  })

  it('takes the desk\'s code as 6 digits, however it was spaced', () => {
    expect(cleanDeskCode(' 123 456 ')).toBe('123456')
    expect(isDeskCode('123 456')).toBe(true)
    expect(isDeskCode('12345')).toBe(false)
    expect(isDeskCode('12345a')).toBe(false)
  })

  it('asks for the desk\'s code when the API refuses the proof, not for other refusals', () => {
    const refusal = (code: string) => new ApiError({ statusCode: 400, code, message: 'refused' })
    expect(needsDeskCode(refusal('check_in_code_expired'))).toBe(true)
    expect(needsDeskCode(refusal('check_in_code_other_place'))).toBe(true)
    expect(needsDeskCode(refusal('check_in_code_required'))).toBe(true)
    expect(needsDeskCode(refusal('check_in_code_wrong'))).toBe(true)
    expect(needsDeskCode(refusal('check_in_closed'))).toBe(false)
    expect(needsDeskCode(undefined)).toBe(false)
  })
})
