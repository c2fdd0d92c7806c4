import type { FormRules } from 'element-plus'
import type { AnnouncementCreate } from '@linli/contracts'
import { defaultWindow, localToIso } from './board-time'

export interface AnnouncementForm {
  text: string
  /** The chosen center, or (district admins only) every center of a region. */
  target: 'center' | 'region'
  regionId: string | null
  /** Wall clock in the center's zone, `YYYY-MM-DDTHH:mm`. */
  startsLocal: string
  endsLocal: string
  priority: AnnouncementCreate['priority']
}

export const TEXT_MAX = 500

export function newAnnouncementForm(now: number, timeZone: string): AnnouncementForm {
  return { text: '', target: 'center', regionId: null, ...defaultWindow(now, timeZone), priority: 'normal' }
}

/** Exactly one of centerId and regionId, as the API wants (else 400 target_required). */
export function targetBody(form: { target: 'center' | 'region'; regionId: string | null }, centerId: string) {
  return form.target === 'region' ? { regionId: form.regionId } : { centerId }
}

export function toAnnouncementBody(form: AnnouncementForm, centerId: string, timeZone: string): AnnouncementCreate {
  return {
    text: form.text.trim(),
    ...targetBody(form, centerId),
    startsAt: localToIso(form.startsLocal, timeZone),
    endsAt: localToIso(form.endsLocal, timeZone),
    priority: form.priority,
  }
}

type T = (key: string, params?: Record<string, unknown>) => string

/** `form` reads the whole form: Element Plus hands a validator only its own field's value. */
export function announcementRules(t: T, form: () => AnnouncementForm): FormRules<AnnouncementForm> {
  return {
    text: [
      { required: true, whitespace: true, trigger: 'blur', message: t('validation.required', { field: t('announcements.text') }) },
      { max: TEXT_MAX, trigger: 'blur', message: t('validation.maxLength', { field: t('announcements.text'), max: TEXT_MAX }) },
    ],
    regionId: [{
      trigger: 'change',
      validator: (_r, v, cb) =>
        cb(form().target === 'region' && !v ? new Error(t('validation.select', { field: t('announcements.region') })) : undefined),
    }],
    startsLocal: [{ required: true, trigger: 'change', message: t('validation.select', { field: t('announcements.startsAt') }) }],
    endsLocal: [
      { required: true, trigger: 'change', message: t('validation.select', { field: t('announcements.endsAt') }) },
      {
        trigger: 'change',
        // Wall clocks of one zone compare as strings; the API checks the instants again.
        validator: (_r, v: string, cb) => cb(v && v <= form().startsLocal ? new Error(t('errors.invalid_time_range')) : undefined),
      },
    ],
  }
}
