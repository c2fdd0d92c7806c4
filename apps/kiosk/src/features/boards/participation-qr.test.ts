import { describe, expect, it } from 'vitest'
import { MAX_SIGN_UP_CARDS, checkInItems, doorCheckIn, inCheckInWindow, qrCards } from './participation-qr'
import { at, newItem } from './test-schedule'

const WINDOW = { opensMinutes: 30, closesMinutes: 30 }

describe('inCheckInWindow', () => {
  const item = newItem('棋艺交流', '10:00', '11:00')
  it('opens before the start and closes after the end, both edges included', () => {
    expect(inCheckInWindow(item, at('09:29'), WINDOW)).toBe(false)
    expect(inCheckInWindow(item, at('09:30'), WINDOW)).toBe(true)
    expect(inCheckInWindow(item, at('10:40'), WINDOW)).toBe(true)
    expect(inCheckInWindow(item, at('11:30'), WINDOW)).toBe(true)
    expect(inCheckInWindow(item, at('11:31'), WINDOW)).toBe(false)
  })
})

describe('qrCards', () => {
  const items = [
    newItem('太极拳', '09:00', '10:00', { capacity: 30 }),
    newItem('棋艺交流', '10:00', '11:30'),
    newItem('亲子绘本阅读', '10:40', '11:40', { capacity: 20 }),
    newItem('律师坐诊', '10:15', '11:00', { status: 'cancelled', capacity: 10 }),
    newItem('妇女手工坊', '14:00', '16:00', { capacity: 20 }),
    newItem('合唱排练', '15:00', '16:00'),
    newItem('包饺子节', '2026-11-24T10:00', '2026-11-24T12:00', { capacity: 200 }),
  ]

  it('gives a check-in code to what is on or in its window, a sign-up code to later ones with a capacity', () => {
    const cards = qrCards(items, at('10:20'), WINDOW)
    expect(cards.map((c) => [c.kind, c.item.title])).toEqual([
      ['check-in', '棋艺交流'],
      ['check-in', '亲子绘本阅读'],
      ['check-in', '太极拳'],
      ['sign-up', '妇女手工坊'],
      ['sign-up', '包饺子节'],
    ])
    expect(cards[0]).toMatchObject({ ongoing: true })
    expect(cards[1]).toMatchObject({ ongoing: false })
  })

  it('leaves out cancelled occurrences and activities without a list to sign up on', () => {
    const titles = qrCards(items, at('08:00'), WINDOW).map((c) => c.item.title)
    expect(titles).not.toContain('律师坐诊')
    expect(titles).not.toContain('合唱排练')
    expect(titles).not.toContain('棋艺交流')
  })

  it('drops sign-up codes whose sign-up has closed, and keeps full ones (they take a waiting list)', () => {
    const [handicraft, dumplings] = [items[4]!, items[6]!]
    const seats = new Map([
      [handicraft.id, { capacity: 20, seatsTaken: 20, waitlisted: 3, signupOpen: true }],
      [dumplings.id, { capacity: 200, seatsTaken: 12, waitlisted: 0, signupOpen: false }],
    ])
    const cards = qrCards(items, at('13:00'), WINDOW, seats)
    expect(cards).toEqual([{ kind: 'sign-up', item: handicraft, seats: seats.get(handicraft.id) }])
  })

  it('shows only the soonest few sign-up codes', () => {
    const many = Array.from({ length: 10 }, (_, n) => newItem(`讲座${n}`, `2026-11-${23 + n}T09:00`, `2026-11-${23 + n}T10:00`, { capacity: 50 }))
    const cards = qrCards(many, at('12:00'), WINDOW)
    expect(cards).toHaveLength(MAX_SIGN_UP_CARDS)
    expect(cards[0]!.item.title).toBe('讲座0')
  })
})

describe('checkInItems and doorCheckIn', () => {
  it('puts the occurrence on now before the next one in the same room', () => {
    const on = newItem('书法', '09:00', '10:00', { roomId: 'art' })
    const next = newItem('国画', '10:00', '11:00', { roomId: 'art' })
    const elsewhere = newItem('合唱', '09:30', '10:30', { roomId: 'hall' })
    expect(checkInItems([next, on, elsewhere], at('09:45'), WINDOW).map((i) => i.title)).toEqual(['书法', '合唱', '国画'])
    expect(doorCheckIn([next, on, elsewhere], 'art', at('09:45'), WINDOW)?.title).toBe('书法')
    expect(doorCheckIn([next, on, elsewhere], 'art', at('10:05'), WINDOW)?.title).toBe('国画')
    expect(doorCheckIn([next, on, elsewhere], 'art', at('12:00'), WINDOW)).toBeUndefined()
  })
})
