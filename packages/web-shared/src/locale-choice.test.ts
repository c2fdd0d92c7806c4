import { describe, expect, it } from 'vitest'
import { fromLanguages, initialLocale } from './locale-choice'

const phone = (over: Partial<Parameters<typeof initialLocale>[0]> = {}) =>
  initialLocale({ search: '', phone: true, stored: null, languages: [], ...over })

describe('the language a page opens in', () => {
  it('opens a phone set to English in English on the first visit, and a Chinese one in Chinese', () => {
    expect(phone({ languages: ['en-US', 'en'] })).toBe('en')
    expect(phone({ languages: ['en-GB', 'zh-CN'] })).toBe('en')
    expect(phone({ languages: ['zh-CN', 'en-US'] })).toBe('zh-CN')
    expect(phone({ languages: ['zh-TW'] })).toBe('zh-CN')
    expect(phone({ languages: ['fr-FR', 'de'] })).toBe('zh-CN')
  })

  it('keeps the resident\'s own choice over the phone\'s languages, so 中文 stays Chinese on an English phone', () => {
    expect(phone({ stored: 'zh-CN', languages: ['en-US'] })).toBe('zh-CN')
    expect(phone({ stored: 'en', languages: ['zh-CN'] })).toBe('en')
    expect(phone({ stored: 'klingon', languages: ['en-US'] })).toBe('en')
  })

  it('lets ?lang= win, and keeps lobby screens Chinese unless their link asks for English', () => {
    expect(phone({ search: '?lang=zh-CN', stored: 'en' })).toBe('zh-CN')
    expect(initialLocale({ search: '', phone: false, stored: 'en', languages: ['en-US'] })).toBe('zh-CN')
    expect(initialLocale({ search: '?lang=en', phone: false, stored: null, languages: [] })).toBe('en')
  })

  it('reads language tags case-insensitively and skips ones it does not speak', () => {
    expect(fromLanguages(['ja', 'EN-au'])).toBe('en')
    expect(fromLanguages(['ZH-hans-CN'])).toBe('zh-CN')
    expect(fromLanguages([])).toBeUndefined()
  })
})
