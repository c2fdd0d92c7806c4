import type { ReportTableModel } from './report-option'

/** The words that join a description, in the UI language (`reports.aria.*`). */
export interface DescriptionWords {
  /** `{title}：{rows}。` */
  sentence: (title: string, rows: string) => string
  fieldSeparator: string
  rowSeparator: string
}

/**
 * What a screen reader hears for a chart: its title, then the figures of its table row by row,
 * in the same words and rounding the table shows. It replaces ECharts' own description, which
 * reads out the stacking arrays of a bar chart (and `NaN` where a stack starts) and is always Chinese.
 */
export function chartDescription(title: string, table: ReportTableModel, words: DescriptionWords): string {
  const rows = table.rows.map((row) => table.columns.map((c) => `${c.label} ${row[c.key] ?? '—'}`).join(words.fieldSeparator))
  return words.sentence(title, rows.join(words.rowSeparator))
}
