import { describe, expect, it } from 'vitest'
import { parsePhones, phonesNamedIn } from './phone-list'

describe('pasted phone numbers', () => {
  it('reads one per line, tidies spaces, dashes and +86, and drops repeats', () => {
    const list = parsePhones('13800138000\n 139-0013-9000 \n+86 13700137000\n\n13800138000\r\n')
    expect(list.phones).toEqual(['13800138000', '13900139000', '13700137000'])
    expect(list.duplicates).toBe(1)
    expect(list.invalid).toEqual([])
  })

  it('accepts commas and tabs from spreadsheets and keeps bad lines as typed', () => {
    const list = parsePhones('13800138000，13900139000\t王阿姨\n12345')
    expect(list.phones).toEqual(['13800138000', '13900139000'])
    expect(list.invalid).toEqual(['王阿姨', '12345'])
  })

  it('reads the numbers without an account from the API\'s refusal', () => {
    const details = [
      { path: 'body/phones', message: '13900139000 has no resident account' },
      { path: 'body/residentIds', message: '13700137000 is not a resident' },
    ]
    expect(phonesNamedIn(details, ['13800138000', '13900139000', '13700137000'])).toEqual(['13900139000'])
    expect(phonesNamedIn(undefined, ['13800138000'])).toEqual([])
  })
})
