import { createI18n } from 'vue-i18n'
import zhCN from './zh-CN'
import en from './en'

export const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]

const isLocale = (value: string | null): value is Locale => LOCALES.includes(value as Locale)

/** Chinese first; a screen can be switched to English with `?lang=en` in its start-up URL. */
export function initialLocale(search: string): Locale {
  const asked = new URLSearchParams(search).get('lang')
  return isLocale(asked) ? asked : 'zh-CN'
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(globalThis.location?.search ?? ''),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en },
})

/** The active locale, typed so it can index the contracts' `{ 'zh-CN', en }` labels. */
export const currentLocale = (): Locale => {
  const value = i18n.global.locale.value
  return isLocale(value) ? value : 'zh-CN'
}
