import { describe, expect, it } from 'vitest'
import type { NotificationSettings } from '@linli/contracts'
import { parseStash } from './draft-stash'

const draft: NotificationSettings = {
  language: 'en', reminders: false, pushTopics: ['offers'], smsTopics: [], quietHours: { start: '22:00', end: '07:00' },
}

describe('edits kept while a resident signs in again', () => {
  it('come back to the same resident only', () => {
    const raw = JSON.stringify({ residentId: 'r1', draft })
    expect(parseStash(raw, 'r1')).toEqual(draft)
    // Someone else signing in on the same phone never gets another person's choices.
    expect(parseStash(raw, 'r2')).toBeNull()
  })

  it('are dropped when missing, unreadable or not settings', () => {
    expect(parseStash(null, 'r1')).toBeNull()
    expect(parseStash('{not json', 'r1')).toBeNull()
    for (const broken of [
      { ...draft, language: 'fr' }, { ...draft, reminders: 'no' }, { ...draft, smsTopics: ['ads'] },
      { ...draft, quietHours: { start: '25:00', end: '07:00' } }, { ...draft, quietHours: undefined },
    ]) expect(parseStash(JSON.stringify({ residentId: 'r1', draft: broken }), 'r1'), JSON.stringify(broken)).toBeNull()
  })
})
