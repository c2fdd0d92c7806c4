import { SCREEN_LANGUAGES, SCREEN_LAYOUTS, SCREEN_VIEWING_DEFAULTS, type ScreenConfig } from '@linli/contracts'
import { browserStore, isObject, parseJson, tryWrite } from '@linli/web-shared'

/** What a paired screen remembers about itself across reloads and power cuts. */
const TOKEN_KEY = 'linli.kiosk.deviceToken'
const CONFIG_KEY = 'linli.kiosk.screenConfig'

export function readDeviceToken(store = browserStore()): string | undefined {
  const token = store?.getItem(TOKEN_KEY)
  return token ? token : undefined
}

export function saveDeviceToken(token: string, store = browserStore()) {
  tryWrite(store, TOKEN_KEY, token)
}

/** The screen's last known settings, so it can start on its layout while the API is unreachable. */
export function readScreenConfig(store = browserStore()): ScreenConfig | undefined {
  return parseScreenConfig(store?.getItem(CONFIG_KEY) ?? null)
}

export function saveScreenConfig(config: ScreenConfig, store = browserStore()) {
  tryWrite(store, CONFIG_KEY, JSON.stringify(config))
}

/** Revoked or re-paired: forget the token and the settings that came with it. */
export function forgetDevice(store = browserStore()) {
  store?.removeItem(TOKEN_KEY)
  store?.removeItem(CONFIG_KEY)
}

export function parseScreenConfig(text: string | null): ScreenConfig | undefined {
  const c = parseJson(text)
  if (!isObject(c)) return undefined
  const ok = typeof c.screenId === 'string' && typeof c.centerId === 'string' && typeof c.name === 'string'
    && SCREEN_LAYOUTS.includes(c.layout as ScreenConfig['layout'])
    && SCREEN_LANGUAGES.includes(c.language as ScreenConfig['language'])
    && (c.roomId === null || typeof c.roomId === 'string')
  if (!ok) return undefined
  // Settings stored before screens had a panel size and distance, or the 活动风采 switch, read as the defaults.
  const positive = (v: unknown, fallback: number) => (typeof v === 'number' && v > 0 ? v : fallback)
  return {
    ...(c as unknown as ScreenConfig),
    panelInches: positive(c.panelInches, SCREEN_VIEWING_DEFAULTS.panelInches),
    viewingDistanceM: positive(c.viewingDistanceM, SCREEN_VIEWING_DEFAULTS.viewingDistanceM),
    showRecords: c.showRecords !== false,
  }
}

