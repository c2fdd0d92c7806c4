import type { Announcement } from '@linli/contracts'

export interface TickerPage {
  key: string
  text: string
  high: boolean
  /** 1-based part of a long announcement split over several pages, and how many parts it has. */
  part: number
  parts: number
  /** How long the page stays: long enough for a slow reader to finish it. */
  dwellMs: number
}

/** Reading time per character (an older reader manages about four Chinese characters a second). */
export const MS_PER_CHAR = 220
export const MIN_DWELL_MS = 9_000
export const MAX_DWELL_MS = 22_000

const wide = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/

/** Width of a text in em: Chinese characters are square, Latin letters and digits about half as wide. */
export const textWidth = (text: string) => [...text].reduce((w, ch) => w + (wide.test(ch) ? 1 : 0.55), 0)

export const dwellMs = (text: string) => Math.min(MAX_DWELL_MS, Math.max(MIN_DWELL_MS, [...text].length * MS_PER_CHAR))

/** Splits a text into pieces at most `maxEm` wide, at sentence ends where possible, then at commas, then anywhere. */
export function splitText(text: string, maxEm: number): string[] {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (textWidth(clean) <= maxEm) return clean ? [clean] : []
  const sentences = clean.match(/[^。！？；!?;]+[。！？；!?;]*\s*/g) ?? [clean]
  const pages: string[] = []
  let page = ''
  const flush = () => {
    if (page.trim()) pages.push(page.trim())
    page = ''
  }
  for (const sentence of sentences) {
    if (textWidth(page + sentence) <= maxEm) {
      page += sentence
      continue
    }
    flush()
    let rest = sentence
    while (textWidth(rest) > maxEm) {
      const chars = [...rest]
      let cut = 0
      for (let w = 0; cut < chars.length && w + textWidth(chars[cut]!) <= maxEm; cut++) w += textWidth(chars[cut]!)
      // Prefer to break after a comma in the last third of the piece.
      const comma = chars.slice(0, cut).findLastIndex((ch) => '，、,：:'.includes(ch))
      if (comma >= (cut * 2) / 3) cut = comma + 1
      pages.push(chars.slice(0, Math.max(1, cut)).join('').trim())
      rest = chars.slice(Math.max(1, cut)).join('')
    }
    page = rest
  }
  flush()
  return pages
}

/**
 * Current announcements as ticker pages: important ones first, then the newest; each split to fit.
 * The API sends only started ones; the end is checked here too, for a screen that is offline.
 */
export function tickerPages(announcements: readonly Announcement[], now: number, maxEm: number): TickerPage[] {
  return announcements
    .filter((a) => now < Date.parse(a.endsAt))
    .sort((a, b) => Number(b.priority === 'high') - Number(a.priority === 'high') || Date.parse(b.startsAt) - Date.parse(a.startsAt))
    .flatMap((a) => {
      const parts = splitText(a.text, maxEm)
      return parts.map((text, i) => ({
        key: `${a.id}:${i}`, text, high: a.priority === 'high', part: i + 1, parts: parts.length, dwellMs: dwellMs(text),
      }))
    })
}

/** Today's opening hours as text ('08:30–12:00、14:00–21:00'), shown when there is nothing to announce. */
export function openingText(hours: readonly { weekday: number; opens: string; closes: string }[], weekday: number, locale: string): string {
  const today = hours.filter((h) => h.weekday === weekday).sort((a, b) => a.opens.localeCompare(b.opens))
  return today.map((h) => `${h.opens}–${h.closes}`).join(locale === 'zh-CN' ? '、' : ', ')
}
