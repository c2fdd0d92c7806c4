import { createI18n } from 'vue-i18n'
import { type Locale, PHONE_LOCALE_KEY, browserStore, initialLocale, isLocale } from '@linli/web-shared'
import zhCN from './zh-CN'
import en from './en'

export { LOCALES, type Locale } from '@linli/web-shared'

function readStored(): string | null {
  try {
    return browserStore()?.getItem(PHONE_LOCALE_KEY) ?? null
  } catch {
    // Private browsing on some phones refuses storage: the phone's languages decide instead.
    return null
  }
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLocale({
    search: globalThis.location?.search ?? '',
    phone: true,
    stored: readStored(),
    languages: globalThis.navigator?.languages ?? [],
  }),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en },
})

/** The active locale, typed so it can index the contracts' `{ 'zh-CN', en }` labels. */
export const currentLocale = (): Locale => {
  const value = i18n.global.locale.value
  return isLocale(value) ? value : 'zh-CN'
}

/** A resident switched language: keep it for every later visit and QR scan. */
export function rememberPhoneLocale(locale: Locale) {
  i18n.global.locale.value = locale
  try {
    browserStore()?.setItem(PHONE_LOCALE_KEY, locale)
  } catch {
    // Storage refused: the choice lasts for this visit only.
  }
}
