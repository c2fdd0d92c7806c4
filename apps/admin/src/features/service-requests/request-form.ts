import type { ServiceRequestCategory, ServiceRequestCreate, ServiceRequestListQuery, ServiceRequestStatus } from '@linli/contracts'
import { addDays, todayIn } from '../activities/wall-clock'

/** The quick log at the service hall; the visitor may stay anonymous. */
export interface RequestForm {
  category: ServiceRequestCategory | ''
  description: string
  visitorName: string
  visitorPhone: string
  resolvedOnSpot: boolean
  resolution: string
}

export const emptyRequestForm = (): RequestForm => ({
  category: '', description: '', visitorName: '', visitorPhone: '', resolvedOnSpot: false, resolution: '',
})

/** The contract's visitor phone: landlines and extensions too, not only mobiles. */
export const VISITOR_PHONE = /^[0-9+\-() ]{5,20}$/

/** i18n keys of what is wrong, in form order; empty when the form can be sent. */
export function requestProblems(form: RequestForm): string[] {
  const out: string[] = []
  if (!form.category) out.push('serviceRequests.form.needCategory')
  if (!form.description.trim()) out.push('serviceRequests.form.needDescription')
  else if (form.description.length > 2000) out.push('serviceRequests.form.descriptionTooLong')
  if (form.visitorName.trim().length > 40) out.push('serviceRequests.form.nameTooLong')
  if (form.visitorPhone.trim() && !VISITOR_PHONE.test(form.visitorPhone.trim())) out.push('serviceRequests.form.badPhone')
  if (form.resolvedOnSpot && !form.resolution.trim()) out.push('serviceRequests.form.needResolution')
  return out
}

export function requestBody(form: RequestForm): ServiceRequestCreate {
  const name = form.visitorName.trim()
  const phone = form.visitorPhone.trim()
  return {
    category: form.category as ServiceRequestCategory,
    description: form.description.trim(),
    ...(name ? { visitorName: name } : {}),
    ...(phone ? { visitorPhone: phone } : {}),
    ...(form.resolvedOnSpot ? { resolvedOnSpot: true, resolution: form.resolution.trim() } : {}),
  }
}

/** The list's filters; '' means any. */
export interface RequestFilter {
  range: [string, string]
  status: ServiceRequestStatus | ''
  category: ServiceRequestCategory | ''
}

/** This month so far: what the hall looks back over. */
export function defaultRequestFilter(timeZone: string, now = new Date()): RequestFilter {
  const today = todayIn(timeZone, now)
  return { range: [`${today.slice(0, 8)}01`, today], status: '', category: '' }
}

/** The figures cover the period and category whatever the status filter; the list applies every filter. */
export const figuresQuery = (f: RequestFilter): ServiceRequestListQuery => ({
  from: f.range[0], to: f.range[1], ...(f.category ? { category: f.category } : {}),
})
export const listQuery = (f: RequestFilter): ServiceRequestListQuery => ({
  ...figuresQuery(f), ...(f.status ? { status: f.status } : {}),
})

/** Last 7 / 30 days, for the date picker's shortcuts. */
export const lastDays = (timeZone: string, days: number, now = new Date()): [string, string] => {
  const today = todayIn(timeZone, now)
  return [addDays(today, 1 - days), today]
}

/** The API lists at most 366 days at a time (from and to inclusive); the volunteer service list reuses the limit. */
export const MAX_LIST_DAYS = 366
export const rangeTooLong = ([from, to]: [string, string]) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1 > MAX_LIST_DAYS
