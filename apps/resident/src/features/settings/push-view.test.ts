import { describe, expect, it } from 'vitest'
import { pushView } from './push-view'

describe('the push section', () => {
  it('offers to turn push on or off only where this page can', () => {
    expect(pushView('off').action).toBe('enable')
    expect(pushView('on').action).toBe('disable')
    expect(pushView('checking').action).toBeNull()
  })

  it('says plainly, with no button that cannot work, when the browser has no push or the resident blocked it', () => {
    expect(pushView('unsupported')).toEqual({ state: 'unsupported', action: null, blocked: true })
    expect(pushView('denied')).toEqual({ state: 'denied', action: null, blocked: true })
  })
})
