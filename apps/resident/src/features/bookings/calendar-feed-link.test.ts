import { describe, expect, it } from 'vitest'
import { feedLinks } from './calendar-feed-link'

describe('the calendar feed link a resident copies or opens', () => {
  const path = '/api/calendar/AbCdEfGhIjKlMnOpQrStUvWxYz012_-9.ics'

  it('is absolute on the page\'s own origin, and opens as a subscription through webcal://', () => {
    expect(feedLinks('https://linli.example.cn', path)).toEqual({
      url: `https://linli.example.cn${path}`,
      webcal: `webcal://linli.example.cn${path}`,
    })
  })

  it('keeps a port and a plain-http demo server', () => {
    expect(feedLinks('http://192.168.1.20:3000', path).webcal).toBe(`webcal://192.168.1.20:3000${path}`)
  })
})
