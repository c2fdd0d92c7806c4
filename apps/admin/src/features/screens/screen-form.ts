import type { FormRules } from 'element-plus'
import {
  SCREEN_VIEWING_DEFAULTS, type Screen, type ScreenCreate, type ScreenLanguage, type ScreenLayout, type ScreenUpdate, normalizePairingCode,
} from '@linli/contracts'

/** What the pairing and settings dialogs edit; the code is only used when pairing. */
export interface ScreenForm {
  code: string
  name: string
  layout: ScreenLayout
  language: ScreenLanguage
  roomId: string | null
  /** Panel diagonal in inches and how far people read it from, in metres: the screen sizes its text from these. */
  panelInches: number
  viewingDistanceM: number
  /** Lobby boards: whether 活动风采 (the center's published records) is shown. */
  showRecords: boolean
}

export const NAME_MAX = 40
export const CODE_LENGTH = 6
/** The screen shows A-Z and 2-9 (no 0/O or 1/I to misread); typing is forgiven by normalizeCode. */
export const CODE_PATTERN = /^[A-Z2-9]{6}$/
/** What the panel size and viewing distance fields accept (the API's limits). */
export const PANEL_INCHES = { min: 7, max: 150 } as const
export const VIEWING_DISTANCE_M = { min: 0.3, max: 30 } as const

/**
 * Upper-cases what was typed or pasted and drops spaces, dashes and anything else not in a code,
 * then keeps six characters: 'mgf 56v' as the screen shows it is 'MGF56V', never 'MGF56'.
 */
export function normalizeCode(input: string): string {
  return normalizePairingCode(input).replace(/[^A-Z0-9]/g, '').slice(0, CODE_LENGTH)
}

export function toScreenForm(screen?: Screen | null): ScreenForm {
  if (!screen) return { code: '', name: '', layout: 'lobby', language: 'zh-CN', roomId: null, ...SCREEN_VIEWING_DEFAULTS, showRecords: true }
  return {
    code: '', name: screen.name, layout: screen.layout, language: screen.language, roomId: screen.roomId,
    panelInches: screen.panelInches, viewingDistanceM: screen.viewingDistanceM, showRecords: screen.showRecords,
  }
}

/** Only a door panel stands at a room; other layouts show the whole center. */
const roomOf = (form: ScreenForm) => (form.layout === 'door' ? form.roomId : null)

export function toPairBody(form: ScreenForm): ScreenCreate {
  return {
    code: normalizeCode(form.code), name: form.name.trim(), layout: form.layout, language: form.language, roomId: roomOf(form),
    panelInches: form.panelInches, viewingDistanceM: form.viewingDistanceM, showRecords: form.showRecords,
  }
}

/** The PATCH body: only what changed, so an unchanged dialog sends nothing. */
export function toScreenUpdate(form: ScreenForm, screen: Screen): ScreenUpdate {
  const next = {
    name: form.name.trim(), layout: form.layout, language: form.language, roomId: roomOf(form),
    panelInches: form.panelInches, viewingDistanceM: form.viewingDistanceM, showRecords: form.showRecords,
  }
  const out: ScreenUpdate = {}
  for (const key of Object.keys(next) as (keyof typeof next)[]) {
    if (next[key] !== screen[key]) Object.assign(out, { [key]: next[key] })
  }
  return out
}

type T = (key: string, params?: Record<string, unknown>) => string

/** `form` reads the whole form: Element Plus hands a validator only its own field's value. */
export function screenRules(t: T, pairing: boolean, form: () => ScreenForm): FormRules<ScreenForm> {
  return {
    ...(pairing && {
      code: [{
        required: true,
        trigger: 'blur',
        validator: (_r, v: string, cb) => cb(CODE_PATTERN.test(normalizeCode(v)) ? undefined : new Error(t('screens.codeInvalid'))),
      }],
    }),
    name: [
      { required: true, whitespace: true, trigger: 'blur', message: t('validation.required', { field: t('screens.name') }) },
      { max: NAME_MAX, trigger: 'blur', message: t('validation.maxLength', { field: t('screens.name'), max: NAME_MAX }) },
    ],
    panelInches: [{ required: true, type: 'number', trigger: 'change', message: t('validation.required', { field: t('screens.panelInches') }) }],
    viewingDistanceM: [{ required: true, type: 'number', trigger: 'change', message: t('validation.required', { field: t('screens.viewingDistance') }) }],
    roomId: [{
      trigger: 'change',
      validator: (_r, v, cb) => cb(form().layout === 'door' && !v ? new Error(t('screens.roomRequired')) : undefined),
    }],
  }
}
