import type { FormItemRule, FormRules } from 'element-plus'
import { ACTIVITY_LIMITS as L, type ActivityForm } from './activity-form'

type T = (key: string, params?: Record<string, unknown>) => string

const check = (problem: () => string | undefined): FormItemRule => ({
  trigger: 'change',
  validator: (_rule, _value, callback) => {
    const text = problem()
    callback(text ? new Error(text) : undefined)
  },
})

/** Rules of the activity editor; `form` is read when a rule runs, as some fields depend on others. */
export function activityRules(t: T, form: () => ActivityForm): FormRules<ActivityForm> {
  const required = (field: string, trigger = 'blur'): FormItemRule =>
    ({ required: true, whitespace: true, trigger, message: t('validation.required', { field: t(field) }) })
  const pick = (field: string): FormItemRule => ({ required: true, trigger: 'change', message: t('validation.select', { field: t(field) }) })
  const maxLength = (field: string, max: number): FormItemRule =>
    ({ max, trigger: 'blur', message: t('validation.maxLength', { field: t(field), max }) })
  return {
    title: [required('activities.title'), maxLength('activities.title', L.title)],
    category: [pick('activities.category')],
    organiserName: [required('activities.organiserName'), maxLength('activities.organiserName', L.organiserName)],
    roomId: [check(() => (form().place === 'room' && !form().roomId ? t('validation.select', { field: t('activities.room') }) : undefined))],
    location: [
      check(() => (form().place === 'offsite' && !form().location.trim() ? t('validation.required', { field: t('activities.location') }) : undefined)),
      maxLength('activities.location', L.location),
    ],
    date: [pick('activities.date')],
    start: [pick('activities.start')],
    end: [
      pick('activities.end'),
      check(() => (form().start && form().end && form().end <= form().start ? t('errors.invalid_time_range') : undefined)),
    ],
    capacity: [check(() => {
      const c = form().capacity
      return c === '' || (Number.isInteger(c) && c >= 1 && c <= L.capacityMax) ? undefined
        : t('validation.integerRange', { field: t('activities.capacity'), min: 1, max: L.capacityMax })
    })],
    recurrence: [check(() => recurrenceProblem(form(), t))],
    description: [maxLength('activities.description', L.description)],
    staffNotes: [maxLength('activities.staffNotes', L.staffNotes)],
  }
}

export function recurrenceProblem(form: ActivityForm, t: T): string | undefined {
  const r = form.recurrence
  if (r.mode === 'weekly' && r.weekdays.length === 0) return t('recurrence.weekdayRequired')
  if (r.mode === 'none' || r.mode === 'custom') return undefined
  if (r.endKind === 'count' && !(Number.isInteger(r.count) && r.count >= 1 && r.count <= L.count)) return t('recurrence.countRange')
  if (r.endKind === 'until' && (!r.until || r.until < form.date)) return t('recurrence.untilAfterStart')
  return undefined
}
