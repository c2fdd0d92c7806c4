import { AUDIENCES, type Audience, type ProposalCreate } from '@linli/contracts'
import { addDays } from '../../shared/local-time'

/** The 我要提议 form as typed: strings, as inputs give them. */
export interface ProposalFields {
  title: string
  description: string
  audiences: Audience[]
  dates: string[]
  roomId: string
  expectedPeople: string
  organisationName: string
}

export const emptyFields = (): ProposalFields => ({
  title: '', description: '', audiences: [], dates: ['', '', ''], roomId: '', expectedPeople: '', organisationName: '',
})

export type FieldErrors = Partial<Record<'title' | 'description' | 'audiences' | 'dates' | 'expectedPeople' | 'organisationName', string>>

/** The dates a resident may pick: from tomorrow at the center (today's date there is `today`). */
export const firstDate = (today: string) => addDays(today, 1)

/** Each problem as an i18n key under proposals.form; empty when the form can be sent. */
export function validateProposal(f: ProposalFields, today: string): FieldErrors {
  const e: FieldErrors = {}
  const title = f.title.trim()
  if (!title) e.title = 'proposals.form.needTitle'
  else if (title.length > 80) e.title = 'proposals.form.titleTooLong'
  if (f.description.length > 2000) e.description = 'proposals.form.descriptionTooLong'
  if (!f.audiences.length || f.audiences.some((a) => !AUDIENCES.includes(a))) e.audiences = 'proposals.form.needAudience'
  const dates = f.dates.filter(Boolean)
  if (!dates.length) e.dates = 'proposals.form.needDate'
  else if (dates.some((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d))) e.dates = 'proposals.form.badDate'
  else if (dates.some((d) => d <= today)) e.dates = 'proposals.form.datePast'
  else if (new Set(dates).size !== dates.length) e.dates = 'proposals.form.sameDate'
  const people = Number(f.expectedPeople)
  if (!/^\d+$/.test(f.expectedPeople.trim()) || people < 1 || people > 10_000) e.expectedPeople = 'proposals.form.needPeople'
  if (f.organisationName.trim().length > 80) e.organisationName = 'proposals.form.organisationTooLong'
  return e
}

export function toProposalCreate(f: ProposalFields): ProposalCreate {
  return {
    title: f.title.trim(), description: f.description.trim(), audiences: f.audiences,
    preferredDates: [...new Set(f.dates.filter(Boolean))], roomId: f.roomId || null,
    expectedPeople: Number(f.expectedPeople), organisationName: f.organisationName.trim() || null,
  }
}
