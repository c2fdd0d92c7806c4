import type { ComposeOption } from 'echarts/core'
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts'
import type {
  GridComponentOption, LegendComponentOption, TooltipComponentOption, AriaComponentOption,
} from 'echarts/components'

/** The chart options the reports build: only the parts registered in echarts-setup.ts. */
export type ReportOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption | AriaComponentOption
>

/** One column of a report table; rows carry display text under `key`. */
export interface TableColumn {
  key: string
  label: string
  /** Figures line up on the right. */
  numeric?: boolean
}

export interface ReportTableModel {
  columns: TableColumn[]
  rows: Record<string, string>[]
}

/** A chart and the numbers behind it. */
export interface ReportChart {
  option: ReportOption
  table: ReportTableModel
  /** False when the period has nothing to draw, so the panel shows its empty state. */
  hasData: boolean
  /** Pixel height that fits the chart, for charts that grow with their bars. */
  height?: number
}

/** The look shared by every report chart: room for the legend, axis labels that fit. */
export const BASE: ReportOption = {
  aria: { enabled: true },
  tooltip: { trigger: 'axis', confine: true },
  legend: { type: 'scroll', top: 0 },
  // The legend sits on the first line, the y axis names below it.
  grid: { left: 8, right: 16, top: 60, bottom: 8, containLabel: true },
  animationDuration: 300,
}

/** A horizontal chart's height: one band per bar, within sensible bounds. */
export const barsHeight = (bars: number) => Math.min(900, Math.max(220, bars * 28 + 70))

/** With a few months the points of a line carry their numbers: a one-month "trend" is otherwise a lone dot. */
export const pointLabels = (points: number, formatter?: string) => ({ show: points <= 6, position: 'top' as const, ...(formatter ? { formatter } : {}) })
