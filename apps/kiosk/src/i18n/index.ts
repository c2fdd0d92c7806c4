import { createI18n } from 'vue-i18n'
import zhCN from './zh-CN'
import en from './en'
import { type Locale, PHONE_LOCALE_KEY, initialLocale, isLocale } from './locale-choice'

export { LOCALES, type Locale } from './locale-choice'

const onPhonePage = () => /^\/kiosk\/m(\/|$)/.test(globalThis.location?.pathname ?? '')

function readStored(): string | null {
  try {
    return globalThis.localStorage?.getItem(PHONE_LOCALE_KEY) ?? null
  } catch {
    // Private browsing on some phones refuses storage: the phone's languages decide instead.
    return null
  }
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLocale({
    search: globalThis.location?.search ?? '',
    phone: onPhonePage(),
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

/** A resident switched language on a phone page: keep it for every later visit and QR scan. */
export function rememberPhoneLocale(locale: Locale) {
  i18n.global.locale.value = locale
  try {
    globalThis.localStorage?.setItem(PHONE_LOCALE_KEY, locale)
  } catch {
    // Storage refused: the choice lasts for this visit only.
  }
}
