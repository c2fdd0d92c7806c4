import { describe, expect, it } from 'vitest'
import zhCN from '../../i18n/zh-CN'
import { chartDescription } from './chart-description'
import { categoryChart, participationChart, trendChart } from './participation-charts'
import { centersChart, regionTrendChart } from './region-charts'
import { roomKindsChart, roomsChart } from './room-charts'
import { bookingsChart, serviceCategoryChart, serviceChart, serviceStepsChart, volunteersChart } from './service-charts'
import { centerFixture, regionFixture, zhLabels } from './test-fixture'

const words = {
  sentence: (title: string, rows: string) => zhCN.reports.aria.sentence.replace('{title}', title).replace('{rows}', rows),
  fieldSeparator: zhCN.reports.aria.fieldSeparator,
  rowSeparator: zhCN.reports.aria.rowSeparator,
}
const center = centerFixture()
const region = regionFixture()
const charts = {
  participation: participationChart(center.participation, center.months, zhLabels),
  trend: trendChart(center.participation, center.months, zhLabels),
  category: categoryChart(center.participation, zhLabels),
  rooms: roomsChart(center.rooms, zhLabels),
  roomKinds: roomKindsChart(center.roomsByKind, zhLabels),
  bookings: bookingsChart(center.bookingsByStatus, center.months, zhLabels),
  service: serviceChart(center.service, zhLabels),
  serviceCategories: serviceCategoryChart(center.service, zhLabels),
  serviceSteps: serviceStepsChart(center.service, zhLabels),
  volunteers: volunteersChart(center.volunteersByMonth, center.months, zhLabels),
  centers: centersChart(region, 'roomUtilisation', zhLabels),
  regionTrend: regionTrendChart(region, zhLabels),
}

describe('chart descriptions for screen readers', () => {
  it.each(Object.entries(charts))('%s: the title and every figure of its table, never NaN or undefined', (name, chart) => {
    const text = chartDescription(name, chart.table, words)
    expect(text).not.toMatch(/NaN|undefined|null/)
    expect(text.startsWith(`${name}：`)).toBe(true)
    for (const row of chart.table.rows) for (const c of chart.table.columns) expect(text).toContain(`${c.label} ${row[c.key]}`)
  })

  it('reads a room’s use as the table writes it', () => {
    expect(chartDescription('房间使用率', { columns: [{ key: 'room', label: '房间' }, { key: 'u', label: '使用率' }], rows: [{ room: '书吧', u: '2.7%' }, { room: '棋室', u: '—' }] }, words))
      .toBe('房间使用率：房间 书吧，使用率 2.7%；房间 棋室，使用率 —。')
  })
})

describe('a one-month trend', () => {
  it('draws two bars side by side, each with its label on top, instead of two dots whose labels overlap', () => {
    const trend = trendChart(center.participation, ['2026-11'], zhLabels)
    const series = trend.option.series as { type: string; data: number[]; label: { show: boolean; position: string } }[]
    expect(series.map((s) => [s.type, s.data, s.label.show, s.label.position])).toEqual([['bar', [68], true, 'top'], ['bar', [5], true, 'top']])
    expect(seriesTypes(trendChart(center.participation, center.months, zhLabels))).toEqual(['line', 'line'])
  })
})

const seriesTypes = (chart: { option: { series?: unknown } }) => (chart.option.series as { type: string }[]).map((s) => s.type)
