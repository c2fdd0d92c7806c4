import type { Cell } from '../table'

/** What a cell's text means: a value, or why it cannot be read (a Chinese message for the preview). */
export type Parsed<T> = { value: T } | { error: string }

/**
 * One column of an import template and of the matching export: the Chinese header staff see, a
 * stable English key, an example for the template's second row, and both directions of the cell.
 * `parse` only sees trimmed, non-empty text (an empty cell is null, or an error when `required`);
 * `format` writes what `parse` reads back, so an export re-imports unchanged.
 */
export interface Column<T = unknown, K extends string = string> {
  key: K
  header: string
  headerEn: string
  required: boolean
  example: string
  parse(text: string): Parsed<T>
  format(value: T | null): Cell
}

interface Base<K extends string> { key: K; header: string; headerEn: string; required?: boolean; example: string }

const column = <T, K extends string>(b: Base<K>, parse: (text: string) => Parsed<T>, format: (value: T) => Cell): Column<T, K> => ({
  ...b, required: b.required ?? false, parse, format: (v) => (v === null ? null : format(v)),
})

export function textColumn<K extends string>(b: Base<K> & { max: number }): Column<string, K> {
  return column<string, K>(b, (t) => (t.length > b.max ? { error: `${b.header}最多 ${b.max} 个字，现有 ${t.length} 个` } : { value: t }), (v) => v)
}

export function intColumn<K extends string>(b: Base<K> & { min: number; max: number; unit?: RegExp }): Column<number, K> {
  return column<number, K>(b, (t) => {
    const bare = b.unit ? t.replace(b.unit, '') : t
    const n = /^-?\d+(\.0+)?$/.test(bare) ? Number(bare) : Number.NaN
    if (!Number.isSafeInteger(n)) return { error: `${b.header}应是整数，表中是“${t}”` }
    if (n < b.min || n > b.max) return { error: `${b.header}应在 ${b.min} 到 ${b.max} 之间，表中是 ${n}` }
    return { value: n }
  }, (v) => v)
}

/** One of a fixed set, written by its Chinese label; the English key is read too. */
export function choiceColumn<T extends string, K extends string>(b: Base<K>, labels: Record<T, { 'zh-CN': string; en: string }>): Column<T, K> {
  const byText = new Map<string, T>()
  for (const [value, label] of Object.entries(labels) as [T, { 'zh-CN': string; en: string }][]) {
    for (const text of [value, label['zh-CN'], label.en]) byText.set(text.toLowerCase(), value)
  }
  const allowed = Object.values<{ 'zh-CN': string }>(labels).map((l) => l['zh-CN']).join('、')
  return column<T, K>(b, (t) => {
    const value = byText.get(t.toLowerCase())
    return value === undefined ? { error: `未知的${b.header}“${t}”，可填：${allowed}` } : { value }
  }, (v) => labels[v]['zh-CN'])
}

const TRUE = new Set(['是', '有', '需要', 'y', 'yes', 'true', '1', '√'])
const FALSE = new Set(['否', '无', '不需要', 'n', 'no', 'false', '0', '×'])
export function yesNoColumn<K extends string>(b: Base<K>): Column<boolean, K> {
  return column<boolean, K>(b, (t) => {
    const lower = t.toLowerCase()
    if (TRUE.has(lower)) return { value: true }
    if (FALSE.has(lower)) return { value: false }
    return { error: `${b.header}请填“是”或“否”，表中是“${t}”` }
  }, (v) => (v ? '是' : '否'))
}

/**
 * An 11-digit mainland mobile number, as people type it: spaces, dashes and dots between the
 * digits and a +86 / 0086 prefix are dropped; anything else is refused, never guessed.
 */
export function normalisePhone(text: string): string | undefined {
  const digits = text.replace(/[\s\-.()（）]/g, '').replace(/^(\+86|0086|86)(?=1\d{10}$)/, '')
  return /^1[3-9]\d{9}$/.test(digits) ? digits : undefined
}

export function phoneColumn<K extends string>(b: Base<K>): Column<string, K> {
  return column<string, K>(b, (t) => {
    const phone = normalisePhone(t)
    return phone ? { value: phone } : { error: `手机号无效：“${t}”，应为 11 位手机号，如 13800138000` }
  }, (v) => v)
}

/** Several short names in one cell, separated by 、，,；; or a line break. */
export function listColumn<K extends string>(b: Base<K> & { max: number; maxItems: number }): Column<string[], K> {
  return column<string[], K>(b, (t) => {
    const items = [...new Set(t.split(/[、，,；;\n]/).map((s) => s.trim()).filter(Boolean))]
    if (items.length > b.maxItems) return { error: `${b.header}最多 ${b.maxItems} 项，表中有 ${items.length} 项` }
    const long = items.find((s) => s.length > b.max)
    if (long) return { error: `${b.header}中“${long}”超过 ${b.max} 个字` }
    return { value: items }
  }, (v) => v.join('、'))
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30)
const pad = (n: number) => String(n).padStart(2, '0')

/**
 * A calendar date, 'YYYY-MM-DD'. Excel's own date cells arrive as ISO text, a date typed as text
 * as 2026-03-01, 2026/3/1, 2026.3.1 or 2026年3月1日, a date cell formatted as a number as its
 * serial; anything else (三月一日, 1/3/26: day or month first?) is refused with the form to use.
 */
export function parseDate(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.exec(text)
  const typed = iso ?? /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text)
  let y: number, m: number, d: number
  if (typed) [y, m, d] = [Number(typed[1]), Number(typed[2]), Number(typed[3])]
  else if (/^\d{5}$/.test(text)) {
    const date = new Date(EXCEL_EPOCH + Number(text) * 86_400_000)
    ;[y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]
  } else return undefined
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < 1900 || y > 2100) return undefined
  return `${y}-${pad(m)}-${pad(d)}`
}

export function dateColumn<K extends string>(b: Base<K>): Column<string, K> {
  return column<string, K>(b, (t) => {
    const date = parseDate(t)
    return date ? { value: date } : { error: `${b.header}无法识别：“${t}”，请写成 2026-03-01` }
  }, (v) => v)
}

/** The columns of one kind, in template order. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each column holds its own value type
export type Columns = readonly Column<any>[]
/** One row of a kind as an object keyed by column key (every value may be null: an empty cell). */
export type RowOf<C extends Columns> = { [Col in C[number] as Col['key']]: Col extends Column<infer T, string> ? T | null : never }
