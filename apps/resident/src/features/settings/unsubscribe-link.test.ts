import { describe, expect, it } from 'vitest'
import { unsubscribeQuery } from './unsubscribe-link'

const token = '0123456789abcdef0123456789abcdef'

describe('an unsubscribe link as the page reads it', () => {
  it('takes the token and channel the server writes into every SMS and push', () => {
    expect(unsubscribeQuery({ t: token, channel: 'sms' })).toEqual({ t: token, channel: 'sms' })
    expect(unsubscribeQuery({ t: token, channel: 'web_push' })).toEqual({ t: token, channel: 'web_push' })
  })

  it('forgives what phones do to links: upper case, spaces, a repeated parameter', () => {
    expect(unsubscribeQuery({ t: ` ${token.toUpperCase()} `, channel: 'sms' })).toEqual({ t: token, channel: 'sms' })
    expect(unsubscribeQuery({ t: [token, 'x'], channel: ['sms'] })).toEqual({ t: token, channel: 'sms' })
  })

  it('says at once that a cut-short or made-up link is not one', () => {
    for (const q of [
      {}, { t: token }, { channel: 'sms' }, { t: token.slice(0, 20), channel: 'sms' }, { t: `${token}0`, channel: 'sms' },
      { t: token, channel: 'email' }, { t: token, channel: 'in_app' }, { t: 'z'.repeat(32), channel: 'sms' }, { t: null, channel: null },
    ]) expect(unsubscribeQuery(q), JSON.stringify(q)).toBeNull()
  })
})
