import { describe, expect, it } from 'vitest'
import { type BookingDraft, parseDraft, toBookingCreate, validateDraft } from './booking-draft'

const draft: BookingDraft = {
  date: '2026-11-23', starts: '14:00', ends: '15:30', purpose: ' 楼栋议事会 ', headcount: '8',
  organisationId: '', publishOrganisation: false,
}

describe('validateDraft', () => {
  it('accepts a complete form', () => {
    expect(validateDraft(draft, 12)).toEqual({})
  })

  it('needs a purpose and a headcount within the room\'s capacity', () => {
    expect(validateDraft({ ...draft, purpose: '  ' }, 12).purpose).toBe('m.form.errors.purposeRequired')
    expect(validateDraft({ ...draft, headcount: '' }, 12).headcount).toBe('m.form.errors.headcountInvalid')
    expect(validateDraft({ ...draft, headcount: '0' }, 12).headcount).toBe('m.form.errors.headcountInvalid')
    expect(validateDraft({ ...draft, headcount: '13' }, 12).headcount).toBe('m.form.errors.headcountInvalid')
    expect(validateDraft({ ...draft, headcount: '2.5' }, 12).headcount).toBe('m.form.errors.headcountInvalid')
  })

  it('needs an organisation chosen to publish one', () => {
    expect(validateDraft({ ...draft, publishOrganisation: true }, 12).organisationId).toBe('m.form.errors.organisationRequired')
  })
})

describe('toBookingCreate', () => {
  it('sends local times and trimmed text', () => {
    expect(toBookingCreate(draft)).toEqual({
      startsLocal: '2026-11-23T14:00', endsLocal: '2026-11-23T15:30', purpose: '楼栋议事会', headcount: 8,
      organisationId: null, publishOrganisation: false,
    })
  })

  it('publishes only a chosen organisation', () => {
    expect(toBookingCreate({ ...draft, organisationId: 'org-1', publishOrganisation: true })).toMatchObject({
      organisationId: 'org-1', publishOrganisation: true,
    })
  })
})

describe('parseDraft', () => {
  it('restores a stored draft and ignores junk', () => {
    expect(parseDraft(JSON.stringify(draft))).toEqual(draft)
    expect(parseDraft('{"date": 5}')).toBeNull()
    expect(parseDraft('not json')).toBeNull()
    expect(parseDraft(null)).toBeNull()
  })
})
