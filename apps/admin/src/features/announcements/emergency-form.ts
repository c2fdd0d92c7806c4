import type { FormRules } from 'element-plus'
import type { EmergencyCreate } from '@linli/contracts'
import { formatOffset } from '@linli/schedule'
import { targetBody } from './announcement-form'
import { isoToLocal, localToIso } from './board-time'

export const DURATIONS = ['30', '60', '120', 'until'] as const
export type Duration = (typeof DURATIONS)[number]

export interface EmergencyForm {
  title: string
  message: string
  target: 'center' | 'region'
  regionId: string | null
  duration: Duration
  /** With `until`: the end as a wall clock in the center's zone. */
  untilLocal: string
  /** The publisher ticked "I understand every affected screen switches over at once". */
  confirmed: boolean
}

export const TITLE_MAX = 40
export const MESSAGE_MAX = 300

export function newEmergencyForm(now: number, timeZone: string): EmergencyForm {
  return {
    title: '', message: '', target: 'center', regionId: null, duration: '60',
    untilLocal: isoToLocal(now + 4 * 3_600_000, timeZone), confirmed: false,
  }
}

/** When the takeover ends: a fixed time from now, or the chosen wall clock in the center's zone. */
export function emergencyEnd(form: Pick<EmergencyForm, 'duration' | 'untilLocal'>, now: number, timeZone: string): string {
  if (form.duration === 'until') return localToIso(form.untilLocal, timeZone)
  return formatOffset(new Date(now + Number(form.duration) * 60_000), timeZone)
}

export function toEmergencyBody(form: EmergencyForm, centerId: string, timeZone: string, now: number): EmergencyCreate {
  return {
    title: form.title.trim(),
    message: form.message.trim(),
    ...targetBody(form, centerId),
    endsAt: emergencyEnd(form, now, timeZone),
  }
}

type T = (key: string, params?: Record<string, unknown>) => string

/** `form` reads the whole form: Element Plus hands a validator only its own field's value. */
export function emergencyRules(t: T, timeZone: string, form: () => EmergencyForm): FormRules<EmergencyForm> {
  const text = (field: string, max: number) => [
    { required: true, whitespace: true, trigger: 'blur', message: t('validation.required', { field: t(field) }) },
    { max, trigger: 'blur', message: t('validation.maxLength', { field: t(field), max }) },
  ]
  return {
    title: text('emergency.title', TITLE_MAX),
    message: text('emergency.message', MESSAGE_MAX),
    regionId: [{
      trigger: 'change',
      validator: (_r, v, cb) =>
        cb(form().target === 'region' && !v ? new Error(t('validation.select', { field: t('announcements.region') })) : undefined),
    }],
    untilLocal: [{
      trigger: 'change',
      validator: (_r, v: string, cb) =>
        cb(form().duration === 'until' && (!v || v <= isoToLocal(Date.now(), timeZone)) ? new Error(t('emergency.untilFuture')) : undefined),
    }],
    confirmed: [{
      trigger: 'change',
      validator: (_r, v: boolean, cb) => cb(v ? undefined : new Error(t('emergency.confirmRequired'))),
    }],
  }
}
