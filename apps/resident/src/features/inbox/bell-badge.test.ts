import { describe, expect, it } from 'vitest'
import { badgeText, bellLabel } from './bell-badge'

describe('the bell badge', () => {
  it('shows no number when everything is read', () => {
    expect(badgeText(0)).toBe('')
    expect(bellLabel(0)).toEqual({ key: 'notifications.bell.none', values: {} })
  })

  it('shows the unread count, and says it in the accessible name', () => {
    expect(badgeText(3)).toBe('3')
    expect(bellLabel(3)).toEqual({ key: 'notifications.bell.unread', values: { n: 3 } })
  })

  it('caps the number at 99+ so the badge stays the size of the bell, while the name keeps the real count', () => {
    expect(badgeText(99)).toBe('99')
    expect(badgeText(100)).toBe('99+')
    expect(bellLabel(250).values).toEqual({ n: 250 })
  })
})
