import { describe, expect, it } from 'vitest'
import { categoryChart, participationChart, trendChart } from './participation-charts'
import { roomKindsChart, roomsChart } from './room-charts'
import { bookingsChart, serviceCategoryChart, serviceChart, serviceStepsChart, volunteersChart } from './service-charts'
import { centerFixture, zhLabels } from './test-fixture'

const report = centerFixture()
const seriesOf = (option: { series?: unknown }) => option.series as { name: string; data: unknown[]; stack?: string; yAxisIndex?: number }[]
const axisData = (axis: unknown) => (axis as { data: string[] }).data

describe('participation charts', () => {
  const chart = participationChart(report.participation, report.months, zhLabels)

  it('stacks person-times per category on every month of the period, December included as zero', () => {
    expect(axisData(chart.option.xAxis)).toEqual(['2026-10', '2026-11', '2026-12'])
    expect(seriesOf(chart.option).map((s) => [s.name, s.stack, s.data])).toEqual([
      ['主题党日', 'personTimes', [30, 28, 0]],
      ['银龄关爱', 'personTimes', [25, 0, 0]],
      ['少儿课堂', 'personTimes', [0, 40, 0]],
    ])
  })

  it('lists the same figures in a table by month and category, with Chinese headers', () => {
    expect(chart.table.columns.map((c) => c.label)).toEqual(['月份', '类别', '活动场次', '人数', '人次'])
    expect(chart.table.rows).toEqual([
      { month: '2026-10', category: '主题党日', activitiesHeld: '1', people: '30', personTimes: '30' },
      { month: '2026-10', category: '银龄关爱', activitiesHeld: '2', people: '15', personTimes: '25' },
      { month: '2026-11', category: '主题党日', activitiesHeld: '1', people: '28', personTimes: '28' },
      { month: '2026-11', category: '少儿课堂', activitiesHeld: '4', people: '12', personTimes: '40' },
    ])
  })

  it('draws the monthly trend of person-times and activities held on two axes', () => {
    const trend = trendChart(report.participation, report.months, zhLabels)
    expect(seriesOf(trend.option).map((s) => [s.name, s.data, s.yAxisIndex])).toEqual([
      ['人次', [55, 68, 0], undefined],
      ['活动场次', [3, 5, 0], 1],
    ])
    expect(trend.table.rows.at(-1)).toEqual({ month: '2026-12', activitiesHeld: '0', personTimes: '0' })
  })

  it('adds each category up over the period for the printed month', () => {
    const byCategory = categoryChart(report.participation, zhLabels)
    expect(axisData(byCategory.option.xAxis)).toEqual(['主题党日', '银龄关爱', '少儿课堂'])
    expect(seriesOf(byCategory.option).map((s) => s.data)).toEqual([[58, 15, 12], [58, 25, 40]])
    expect(byCategory.table.rows[0]).toEqual({ category: '主题党日', activitiesHeld: '2', people: '58', personTimes: '58' })
  })

  it('has nothing to draw for a period without activities', () => {
    expect(participationChart([], ['2026-12'], zhLabels).hasData).toBe(false)
    expect(categoryChart([], zhLabels).hasData).toBe(false)
  })
})

describe('room charts', () => {
  it('puts the busiest room on top, rooms never open last, as percentages', () => {
    const chart = roomsChart(report.rooms, zhLabels)
    // ECharts draws a category axis from the bottom up, so the list is reversed.
    expect(axisData(chart.option.yAxis)).toEqual(['仓库', '书吧', '多功能厅'])
    expect(seriesOf(chart.option)[0]!.data).toEqual([0, 5, 45])
    expect(chart.table.rows.map((r) => [r.roomName, r.kind, r.openHours, r.usedHours, r.utilisation])).toEqual([
      ['多功能厅', '多功能活动室', '200', '90', '45%'],
      ['书吧', '书吧', '200', '10', '5%'],
      ['仓库', '其他', '0', '0', '—'],
    ])
    expect(chart.height).toBe(220)
  })

  it('shows the API’s figures per room kind', () => {
    const chart = roomKindsChart(report.roomsByKind, zhLabels)
    expect(chart.table.rows.map((r) => [r.kind, r.rooms, r.utilisation])).toEqual([
      ['多功能活动室', '1', '45%'], ['书吧', '1', '5%'], ['其他', '1', '—'],
    ])
  })
})

describe('bookings, service and volunteer charts', () => {
  it('stacks bookings by status per month and totals each month in the table', () => {
    const chart = bookingsChart(report.bookingsByStatus, report.months, zhLabels)
    expect(seriesOf(chart.option).map((s) => [s.name, s.data])).toEqual([
      ['已取消', [0, 3, 0]], ['已完成', [5, 0, 0]], ['未到场', [1, 0, 0]],
    ])
    expect(chart.table.columns.map((c) => c.label)).toEqual(['月份', '已取消', '已完成', '未到场', '合计'])
    expect(chart.table.rows[0]).toEqual({ month: '2026-10', cancelled: '0', completed: '5', no_show: '1', total: '6' })
  })

  it('shows the service hall’s steps per month with the closing rate, and the period’s totals last', () => {
    const chart = serviceChart(report.service, zhLabels)
    expect(seriesOf(chart.option).map((s) => [s.name, s.data])).toEqual([
      ['受理', [800, 10, 0]], ['当场办结', [410, 9, 0]], ['登记转办', [200, 3, 0]], ['已办结', [190, 2, 0]], ['办结率', [95, 66.7, null]],
    ])
    expect(chart.table.rows.at(-1)).toEqual({
      month: '合计', received: '810', resolvedOnSpot: '419', transferred: '203', closed: '192', closingRate: '94.6%',
    })
    expect(chart.table.rows.at(-2)!.closingRate).toBe('—')
  })

  it('shows the period’s steps and the categories, most first', () => {
    expect(serviceStepsChart(report.service, zhLabels).table.rows.map((r) => r.value)).toEqual(['810', '419', '203', '192', '94.6%'])
    expect(serviceCategoryChart(report.service, zhLabels).table.rows).toEqual([
      { category: '政策咨询', received: '800' }, { category: '法律援助', received: '10' },
    ])
  })

  it('fills months without volunteer service with zeros', () => {
    const chart = volunteersChart(report.volunteersByMonth, report.months, zhLabels)
    expect(seriesOf(chart.option).map((s) => s.data)).toEqual([[10, 2.5, 0], [3, 2, 0]])
    expect(chart.table.rows[1]).toEqual({ month: '2026-11', hours: '2.5', points: '25', members: '2' })
    expect(volunteersChart([], report.months, zhLabels).hasData).toBe(false)
  })
})
