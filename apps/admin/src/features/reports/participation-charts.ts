import { ACTIVITY_CATEGORIES, type CenterReport } from '@linli/contracts'
import { count } from './report-format'
import { type ReportLabels, column } from './report-labels'
import { BASE, type ReportChart, pointLabels } from './report-option'

type Rows = CenterReport['participation']

const sumBy = (rows: Rows, key: 'activitiesHeld' | 'personTimes') => rows.reduce((total, r) => total + r[key], 0)

/** Person-times per month, one stacked bar segment per activity category. */
/** `months` are every month of the period, so months without figures still get a (zero) bar. */
export function participationChart(rows: Rows, months: string[], labels: ReportLabels): ReportChart {
  const categories = ACTIVITY_CATEGORIES.filter((c) => rows.some((r) => r.category === c))
  const series = categories.map((c) => ({
    type: 'bar' as const, stack: 'personTimes', name: labels.category(c), barMaxWidth: 48,
    data: months.map((m) => sumBy(rows.filter((r) => r.month === m && r.category === c), 'personTimes')),
  }))
  const sorted = [...rows].sort((a, b) =>
    a.month.localeCompare(b.month) || ACTIVITY_CATEGORIES.indexOf(a.category) - ACTIVITY_CATEGORIES.indexOf(b.category))
  return {
    option: {
      ...BASE,
      xAxis: { type: 'category', data: months },
      yAxis: { type: 'value', name: labels.text('units.personTimes'), minInterval: 1 },
      series,
    },
    table: {
      columns: [
        { key: 'month', label: column(labels, 'month') },
        { key: 'category', label: column(labels, 'category') },
        { key: 'activitiesHeld', label: column(labels, 'activitiesHeld'), numeric: true },
        { key: 'people', label: column(labels, 'people'), numeric: true },
        { key: 'personTimes', label: column(labels, 'personTimes'), numeric: true },
      ],
      rows: sorted.map((r) => ({
        month: r.month, category: labels.category(r.category),
        activitiesHeld: count(r.activitiesHeld), people: count(r.people), personTimes: count(r.personTimes),
      })),
    },
    hasData: rows.length > 0,
  }
}

/** Person-times and activities held per month, over every month of the period. */
export function trendChart(rows: Rows, monthsOfPeriod: string[], labels: ReportLabels): ReportChart {
  const months = monthsOfPeriod.map((month) => {
    const of = rows.filter((r) => r.month === month)
    return { month, activitiesHeld: sumBy(of, 'activitiesHeld'), personTimes: sumBy(of, 'personTimes') }
  })
  // One month is no trend: its two figures, each the top of its own axis, would be two dots with their
  // labels drawn over each other. Side-by-side bars keep both readable.
  const single = months.length === 1
  const figure = (name: string, data: number[], yAxisIndex: 0 | 1) => {
    const axis = yAxisIndex ? { yAxisIndex } : {}
    return single
      ? { type: 'bar' as const, name, data, ...axis, barMaxWidth: 48, label: { show: true, position: 'top' as const, formatter: (p: { value: unknown }) => count(Number(p.value)) } }
      : { type: 'line' as const, name, data, ...axis, label: { ...pointLabels(months.length), position: yAxisIndex ? ('bottom' as const) : ('top' as const) } }
  }
  return {
    option: {
      ...BASE,
      xAxis: { type: 'category', data: months.map((m) => m.month), boundaryGap: single },
      yAxis: [
        { type: 'value', name: labels.text('units.personTimes'), minInterval: 1 },
        { type: 'value', name: labels.text('units.activities'), minInterval: 1, splitLine: { show: false } },
      ],
      series: [
        { ...figure(column(labels, 'personTimes'), months.map((m) => m.personTimes), 0), ...(single ? {} : { areaStyle: { opacity: 0.12 } }) },
        figure(column(labels, 'activitiesHeld'), months.map((m) => m.activitiesHeld), 1),
      ],
    },
    table: {
      columns: [
        { key: 'month', label: column(labels, 'month') },
        { key: 'activitiesHeld', label: column(labels, 'activitiesHeld'), numeric: true },
        { key: 'personTimes', label: column(labels, 'personTimes'), numeric: true },
      ],
      rows: months.map((m) => ({ month: m.month, activitiesHeld: count(m.activitiesHeld), personTimes: count(m.personTimes) })),
    },
    hasData: rows.length > 0,
  }
}

/** People and person-times per activity category over the whole period (the printed month). */
export function categoryChart(rows: Rows, labels: ReportLabels): ReportChart {
  const categories = ACTIVITY_CATEGORIES.flatMap((category) => {
    const of = rows.filter((r) => r.category === category)
    if (!of.length) return []
    return [{ category, activitiesHeld: sumBy(of, 'activitiesHeld'), people: of.reduce((t, r) => t + r.people, 0), personTimes: sumBy(of, 'personTimes') }]
  })
  return {
    option: {
      ...BASE,
      grid: { ...BASE.grid, top: 40 },
      xAxis: { type: 'category', data: categories.map((c) => labels.category(c.category)), axisLabel: { interval: 0, rotate: categories.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { type: 'bar', name: column(labels, 'people'), data: categories.map((c) => c.people), barMaxWidth: 28, label: { show: true, position: 'top' } },
        { type: 'bar', name: column(labels, 'personTimes'), data: categories.map((c) => c.personTimes), barMaxWidth: 28, label: { show: true, position: 'top' } },
      ],
    },
    table: {
      columns: [
        { key: 'category', label: column(labels, 'category') },
        { key: 'activitiesHeld', label: column(labels, 'activitiesHeld'), numeric: true },
        { key: 'people', label: column(labels, 'people'), numeric: true },
        { key: 'personTimes', label: column(labels, 'personTimes'), numeric: true },
      ],
      rows: categories.map((c) => ({
        category: labels.category(c.category), activitiesHeld: count(c.activitiesHeld), people: count(c.people), personTimes: count(c.personTimes),
      })),
    },
    hasData: categories.length > 0,
  }
}
