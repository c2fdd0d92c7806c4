import { describe, expect, it } from 'vitest'
import type { NotificationSettings } from '@linli/contracts'
import { asLocalTime, changes, draftOf, quietSpan, withTopic } from './settings-draft'

const saved: NotificationSettings = {
  language: 'zh-CN', reminders: true, pushTopics: ['offers', 'changes', 'decisions', 'reminders'], smsTopics: ['offers', 'changes', 'decisions'],
  quietHours: { start: '21:00', end: '08:00' },
}

describe('the settings a resident edits', () => {
  it('edits a copy, so the saved settings stay as they were until a save succeeds', () => {
    const draft = draftOf(saved)
    draft.smsTopics.pop()
    draft.quietHours.start = '22:00'
    expect(saved.smsTopics).toEqual(['offers', 'changes', 'decisions'])
    expect(saved.quietHours.start).toBe('21:00')
  })

  it('ticks and unticks topics in one fixed order, without duplicates', () => {
    expect(withTopic(['decisions'], 'offers', true)).toEqual(['offers', 'decisions'])
    expect(withTopic(['offers', 'decisions'], 'offers', true)).toEqual(['offers', 'decisions'])
    expect(withTopic(['offers', 'decisions'], 'decisions', false)).toEqual(['offers'])
    expect(withTopic([], 'reminders', false)).toEqual([])
  })

  it('sends only what changed, and nothing when the resident changed nothing', () => {
    expect(changes(saved, draftOf(saved))).toBeNull()
    // Unticked and ticked again in another order is no change.
    expect(changes(saved, { ...saved, smsTopics: ['decisions', 'offers', 'changes'] })).toBeNull()
    expect(changes(saved, { ...saved, smsTopics: ['changes', 'offers'], quietHours: { start: '22:30', end: '07:00' } }))
      .toEqual({ smsTopics: ['offers', 'changes'], quietHours: { start: '22:30', end: '07:00' } })
    expect(changes(saved, { ...saved, language: 'en', reminders: false, pushTopics: [] })).toEqual({ language: 'en', reminders: false, pushTopics: [] })
    // Quiet hours go as a pair: the API takes both or neither.
    expect(changes(saved, { ...saved, quietHours: { start: '21:00', end: '07:30' } })).toEqual({ quietHours: { start: '21:00', end: '07:30' } })
  })

  it('takes the times a time picker gives and refuses a cleared or broken one', () => {
    expect(asLocalTime('07:30')).toBe('07:30')
    expect(asLocalTime('07:30:00')).toBe('07:30')
    expect(asLocalTime('23:59:00.000')).toBe('23:59')
    for (const bad of ['', '7:30', '24:00', '07:60', '07:30pm', '07:30:0']) expect(asLocalTime(bad), bad).toBeNull()
  })

  it('reads quiet hours as overnight, within a day, or none when they start and end at once', () => {
    expect(quietSpan({ start: '21:00', end: '08:00' })).toBe('overnight')
    expect(quietSpan({ start: '12:00', end: '14:00' })).toBe('sameDay')
    expect(quietSpan({ start: '08:00', end: '08:00' })).toBe('none')
  })
})
