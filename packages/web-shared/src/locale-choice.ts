export const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale)

/** Where the residents' phone pages keep the language a resident picked, across reloads and QR scans. */
export const PHONE_LOCALE_KEY = 'linli.phone.locale'

/** The first of the phone's preferred languages that we speak: any English is English, any Chinese is Chinese. */
export function fromLanguages(languages: readonly string[]): Locale | undefined {
  for (const tag of languages) {
    const lower = tag.toLowerCase()
    if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN'
    if (lower === 'en' || lower.startsWith('en-')) return 'en'
  }
  return undefined
}

export interface LocaleInputs {
  search: string
  /** True on the residents' phone pages; a lobby screen speaks Chinese unless its URL says `?lang=en`. */
  phone: boolean
  stored: string | null
  languages: readonly string[]
}

/**
 * The language to start in: `?lang=` in the URL first (a screen's start-up link, or a test), then
 * on phone pages the resident's own earlier choice, then the phone's languages; Chinese otherwise.
 */
export function initialLocale({ search, phone, stored, languages }: LocaleInputs): Locale {
  const asked = new URLSearchParams(search).get('lang')
  if (isLocale(asked)) return asked
  if (!phone) return 'zh-CN'
  if (isLocale(stored)) return stored
  return fromLanguages(languages) ?? 'zh-CN'
}
