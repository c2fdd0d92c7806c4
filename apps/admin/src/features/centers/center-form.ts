import type { FormItemRule, FormRules } from 'element-plus'
import { type Center, type CenterCreate, type CenterUpdate, DEFAULT_TIME_ZONE, type OpeningHours } from '@linli/contracts'
import { changedFields } from '../../composables/changed-fields'
import { type DayHours, fromWeek, toWeek, typicalWeek } from './opening-hours-form'
import { isValidTimeZone } from './time-zones'

/** What the center dialog edits; text stays as typed until saving. */
export interface CenterForm {
  regionId: string
  name: string
  address: string
  areaM2: number | undefined
  timeZone: string
  week: DayHours[]
  contactName: string
  contactPhone: string
}

export const PHONE_PATTERN = /^[0-9+\-() ]{5,20}$/

export function toCenterForm(center?: Center | null, defaultRegionId = ''): CenterForm {
  if (!center) {
    return {
      regionId: defaultRegionId, name: '', address: '', areaM2: undefined, timeZone: DEFAULT_TIME_ZONE,
      week: typicalWeek(), contactName: '', contactPhone: '',
    }
  }
  return {
    regionId: center.regionId,
    name: center.name,
    address: center.address,
    areaM2: center.areaM2,
    timeZone: center.timeZone,
    week: toWeek(center.openingHours),
    contactName: center.contactName ?? '',
    contactPhone: center.contactPhone ?? '',
  }
}

/** The request body; a complete body is also a valid PATCH (CenterUpdate). */
export function toCenterBody(form: CenterForm): CenterCreate {
  const optional = (s: string) => (s.trim() ? s.trim() : null)
  return {
    regionId: form.regionId,
    name: form.name.trim(),
    address: form.address.trim(),
    areaM2: Number(form.areaM2),
    timeZone: form.timeZone.trim(),
    openingHours: fromWeek(form.week),
    contactName: optional(form.contactName),
    contactPhone: optional(form.contactPhone),
  }
}

const sortHours = (hours: OpeningHours) =>
  [...hours].sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens))

/** Only the fields that differ from the saved center; empty when nothing changed. */
export function toCenterUpdate(form: CenterForm, center: Center): CenterUpdate {
  const body = toCenterBody(form)
  return changedFields(
    { ...body, openingHours: sortHours(body.openingHours ?? []) },
    { ...center, openingHours: sortHours(center.openingHours) },
  )
}

type T = (key: string, params?: Record<string, unknown>) => string

/** Element Plus rules mirroring the contract limits in `packages/contracts/src/centers.ts`. */
export function centerRules(t: T): FormRules<CenterForm> {
  const required = (field: string, select = false): FormItemRule => ({
    required: true, whitespace: true, trigger: select ? 'change' : 'blur',
    message: t(select ? 'validation.select' : 'validation.required', { field: t(field) }),
  })
  const max = (field: string, n: number): FormItemRule => ({
    max: n, trigger: 'blur', message: t('validation.maxLength', { field: t(field), max: n }),
  })
  return {
    regionId: [required('centers.region', true)],
    name: [required('centers.name'), max('centers.name', 100)],
    address: [required('centers.address'), max('centers.address', 200)],
    areaM2: [{
      required: true, type: 'integer', min: 1, max: 1_000_000, trigger: 'blur',
      message: t('validation.integerRange', { field: t('centers.area'), min: 1, max: 1_000_000 }),
    }],
    timeZone: [
      required('centers.timeZone', true),
      { validator: (_r, v: string, cb) => cb(isValidTimeZone(v) ? undefined : new Error(t('validation.timeZone'))), trigger: 'change' },
    ],
    contactName: [max('centers.contactName', 40)],
    contactPhone: [{ pattern: PHONE_PATTERN, trigger: 'blur', message: t('validation.phone') }],
  }
}
