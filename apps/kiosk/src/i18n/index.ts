import { createI18n } from 'vue-i18n'
import { type Locale, initialLocale, isLocale } from '@linli/web-shared'
import zhCN from './zh-CN'
import en from './en'

export { LOCALES, type Locale } from '@linli/web-shared'

// A screen speaks Chinese unless its start-up link says `?lang=en`.
export const i18n = createI18n({
  legacy: false,
  locale: initialLocale({ search: globalThis.location?.search ?? '', phone: false, stored: null, languages: [] }),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en },
})

/** The active locale, typed so it can index the contracts' `{ 'zh-CN', en }` labels. */
export const currentLocale = (): Locale => {
  const value = i18n.global.locale.value
  return isLocale(value) ? value : 'zh-CN'
}
