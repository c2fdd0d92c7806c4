import type { RegionReport } from '@linli/contracts'
import { count, hours, hoursValue, maxPercent, percent, percentValue } from './report-format'
import { type ReportLabels, column } from './report-labels'
import { BASE, type ReportChart, barsHeight, pointLabels } from './report-option'

type CenterLine = RegionReport['centers'][number]

/** The figures a district admin can compare centers by. */
export const CENTER_METRICS = ['personTimes', 'activitiesHeld', 'roomUtilisation', 'volunteerHours', 'serviceReceived', 'serviceClosingRate'] as const
export type CenterMetric = (typeof CENTER_METRICS)[number]

const SHARES = new Set<CenterMetric>(['roomUtilisation', 'serviceClosingRate'])
const chartValue = (c: CenterLine, metric: CenterMetric) => {
  const v = c[metric]
  return SHARES.has(metric) ? percentValue(v) : metric === 'volunteerHours' ? hoursValue(v ?? 0) : (v ?? 0)
}

/** Centers side by side on one figure, largest on top; the table has every figure of every center. */
export function centersChart(report: RegionReport, metric: CenterMetric, labels: ReportLabels): ReportChart {
  const sorted = [...report.centers].sort((a, b) => chartValue(b, metric) - chartValue(a, metric) || a.centerName.localeCompare(b.centerName, 'zh-CN'))
  const drawn = [...sorted].reverse()
  const share = SHARES.has(metric)
  return {
    option: {
      ...BASE,
      tooltip: share ? { ...BASE.tooltip, valueFormatter: (v: unknown) => `${String(v)}%` } : BASE.tooltip,
      legend: { show: false },
      grid: { ...BASE.grid, top: 8 },
      xAxis: share ? { type: 'value', max: maxPercent, axisLabel: { formatter: '{value}%' } } : { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: drawn.map((c) => c.centerName) },
      series: [{
        type: 'bar', name: column(labels, metric), data: drawn.map((c) => chartValue(c, metric)), barMaxWidth: 22,
        label: { show: true, position: 'right', formatter: share ? '{c}%' : '{c}' },
      }],
    },
    table: {
      columns: [
        { key: 'centerName', label: column(labels, 'center') },
        { key: 'activitiesHeld', label: column(labels, 'activitiesHeld'), numeric: true },
        { key: 'people', label: column(labels, 'people'), numeric: true },
        { key: 'personTimes', label: column(labels, 'personTimes'), numeric: true },
        { key: 'roomUtilisation', label: column(labels, 'roomUtilisation'), numeric: true },
        { key: 'bookings', label: column(labels, 'bookings'), numeric: true },
        { key: 'noShows', label: column(labels, 'noShows'), numeric: true },
        { key: 'serviceReceived', label: column(labels, 'serviceReceived'), numeric: true },
        { key: 'serviceClosingRate', label: column(labels, 'serviceClosingRate'), numeric: true },
        { key: 'volunteerHours', label: column(labels, 'volunteerHours'), numeric: true },
      ],
      rows: sorted.map((c) => ({
        centerName: c.centerName, activitiesHeld: count(c.activitiesHeld), people: count(c.people), personTimes: count(c.personTimes),
        roomUtilisation: percent(c.roomUtilisation), bookings: count(c.bookings), noShows: count(c.noShows),
        serviceReceived: count(c.serviceReceived), serviceClosingRate: percent(c.serviceClosingRate), volunteerHours: hours(c.volunteerHours),
      })),
    },
    hasData: report.centers.length > 0,
    height: barsHeight(report.centers.length),
  }
}

/** The region's months: activities held and volunteer hours as bars, person-times as a line. */
export function regionTrendChart(report: RegionReport, labels: ReportLabels): ReportChart {
  const months = report.months.map((month) => report.byMonth.find((r) => r.month === month) ?? { month, activitiesHeld: 0, personTimes: 0, volunteerHours: 0 })
  return {
    option: {
      ...BASE,
      xAxis: { type: 'category', data: months.map((m) => m.month) },
      yAxis: [
        { type: 'value', name: labels.text('units.personTimes'), minInterval: 1 },
        { type: 'value', name: labels.text('units.activitiesOrHours'), splitLine: { show: false } },
      ],
      series: [
        { type: 'line', name: column(labels, 'personTimes'), data: months.map((m) => m.personTimes), label: pointLabels(months.length) },
        { type: 'bar', name: column(labels, 'activitiesHeld'), yAxisIndex: 1, data: months.map((m) => m.activitiesHeld), barMaxWidth: 32 },
        { type: 'bar', name: column(labels, 'volunteerHours'), yAxisIndex: 1, data: months.map((m) => hoursValue(m.volunteerHours)), barMaxWidth: 32 },
      ],
    },
    table: {
      columns: [
        { key: 'month', label: column(labels, 'month') },
        { key: 'activitiesHeld', label: column(labels, 'activitiesHeld'), numeric: true },
        { key: 'personTimes', label: column(labels, 'personTimes'), numeric: true },
        { key: 'volunteerHours', label: column(labels, 'volunteerHours'), numeric: true },
      ],
      rows: months.map((m) => ({ month: m.month, activitiesHeld: count(m.activitiesHeld), personTimes: count(m.personTimes), volunteerHours: hours(m.volunteerHours) })),
    },
    hasData: report.byMonth.some((m) => m.activitiesHeld > 0 || m.personTimes > 0 || m.volunteerHours > 0),
  }
}
