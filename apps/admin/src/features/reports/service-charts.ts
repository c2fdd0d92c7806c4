import { BOOKING_STATUSES, type CenterReport } from '@linli/contracts'
import { count, hours, hoursValue, percent, percentValue } from './report-format'
import { type ReportLabels, column } from './report-labels'
import { BASE, type ReportChart, barsHeight, pointLabels } from './report-option'

/** Bookings per month, one stacked segment per status; the table has a column per status that occurs. */
export function bookingsChart(rows: CenterReport['bookingsByStatus'], months: string[], labels: ReportLabels): ReportChart {
  const statuses = BOOKING_STATUSES.filter((s) => rows.some((r) => r.status === s))
  const countOf = (month: string, status?: string) =>
    rows.filter((r) => r.month === month && (status === undefined || r.status === status)).reduce((t, r) => t + r.count, 0)
  return {
    option: {
      ...BASE,
      xAxis: { type: 'category', data: months },
      yAxis: { type: 'value', name: labels.text('units.bookings'), minInterval: 1 },
      series: statuses.map((s) => ({ type: 'bar' as const, stack: 'bookings', name: labels.bookingStatus(s), barMaxWidth: 48, data: months.map((m) => countOf(m, s)) })),
    },
    table: {
      columns: [
        { key: 'month', label: column(labels, 'month') },
        ...statuses.map((s) => ({ key: s, label: labels.bookingStatus(s), numeric: true })),
        { key: 'total', label: column(labels, 'total'), numeric: true },
      ],
      rows: months.map((m) => ({ month: m, ...Object.fromEntries(statuses.map((s) => [s, count(countOf(m, s))])), total: count(countOf(m)) })),
    },
    hasData: rows.length > 0,
  }
}

const SERVICE_STEPS = ['received', 'resolvedOnSpot', 'transferred', 'closed'] as const

/**
 * The service hall's requests per month as steps (received, resolved on the spot, registered and
 * transferred, closed) with the closing rate (closed / transferred) as a line on a percent axis;
 * the table ends with the period's totals.
 */
export function serviceChart(service: CenterReport['service'], labels: ReportLabels): ReportChart {
  const step = (key: (typeof SERVICE_STEPS)[number] | 'closingRate') => labels.text(`service.${key}`)
  const line = (month: string, figures: Omit<CenterReport['service']['byMonth'][number], 'month'>) => ({
    month, ...Object.fromEntries(SERVICE_STEPS.map((k) => [k, count(figures[k])])), closingRate: percent(figures.closingRate),
  })
  return {
    option: {
      ...BASE,
      xAxis: { type: 'category', data: service.byMonth.map((m) => m.month) },
      yAxis: [
        { type: 'value', name: labels.text('units.requests'), minInterval: 1 },
        { type: 'value', max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
      ],
      series: [
        ...SERVICE_STEPS.map((k) => ({ type: 'bar' as const, name: step(k), data: service.byMonth.map((m) => m[k]), barMaxWidth: 28 })),
        {
          type: 'line' as const, name: step('closingRate'), yAxisIndex: 1, data: service.byMonth.map((m) => (m.closingRate === null ? null : percentValue(m.closingRate))),
          tooltip: { valueFormatter: (v: unknown) => (v === null || v === undefined ? '—' : `${String(v)}%`) },
          label: pointLabels(service.byMonth.length, '{c}%'),
        },
      ],
    },
    table: {
      columns: [
        { key: 'month', label: column(labels, 'month') },
        ...SERVICE_STEPS.map((k) => ({ key: k, label: step(k), numeric: true })),
        { key: 'closingRate', label: step('closingRate'), numeric: true },
      ],
      rows: [...service.byMonth.map((m) => line(m.month, m)), line(column(labels, 'total'), service)],
    },
    hasData: service.received > 0,
  }
}

/** The period's requests as four steps with their counts: the printed month's view. */
export function serviceStepsChart(service: CenterReport['service'], labels: ReportLabels): ReportChart {
  const steps = SERVICE_STEPS.map((key) => ({ label: labels.text(`service.${key}`), value: service[key] }))
  return {
    option: {
      ...BASE,
      legend: { show: false },
      grid: { ...BASE.grid, top: 24 },
      xAxis: { type: 'category', data: steps.map((s) => s.label) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: labels.text('units.requests'), data: steps.map((s) => s.value), barMaxWidth: 56, colorBy: 'data', label: { show: true, position: 'top' } }],
    },
    table: {
      columns: [{ key: 'item', label: column(labels, 'item') }, { key: 'value', label: column(labels, 'value'), numeric: true }],
      rows: [...steps.map((s) => ({ item: s.label, value: count(s.value) })), { item: labels.text('service.closingRate'), value: percent(service.closingRate) }],
    },
    hasData: service.received > 0,
  }
}

/** Requests received per category, most first. */
export function serviceCategoryChart(service: CenterReport['service'], labels: ReportLabels): ReportChart {
  const sorted = [...service.byCategory].sort((a, b) => b.received - a.received)
  const drawn = [...sorted].reverse()
  return {
    option: {
      ...BASE,
      legend: { show: false },
      grid: { ...BASE.grid, top: 8 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: drawn.map((c) => labels.serviceCategory(c.category)) },
      series: [{ type: 'bar', name: labels.text('service.received'), data: drawn.map((c) => c.received), barMaxWidth: 18, label: { show: true, position: 'right' } }],
    },
    table: {
      columns: [{ key: 'category', label: column(labels, 'serviceCategory') }, { key: 'received', label: labels.text('service.received'), numeric: true }],
      rows: sorted.map((c) => ({ category: labels.serviceCategory(c.category), received: count(c.received) })),
    },
    hasData: sorted.some((c) => c.received > 0),
    height: barsHeight(sorted.length),
  }
}

/** Volunteer hours per month as bars, the members who served as a line. */
export function volunteersChart(rows: CenterReport['volunteersByMonth'], monthsOfPeriod: string[], labels: ReportLabels): ReportChart {
  const months = monthsOfPeriod.map((month) => rows.find((r) => r.month === month) ?? { month, hours: 0, points: 0, members: 0 })
  return {
    option: {
      ...BASE,
      xAxis: { type: 'category', data: months.map((m) => m.month) },
      yAxis: [
        { type: 'value', name: labels.text('units.hours') },
        { type: 'value', name: labels.text('units.people'), minInterval: 1, splitLine: { show: false } },
      ],
      series: [
        { type: 'bar', name: column(labels, 'volunteerHours'), data: months.map((m) => hoursValue(m.hours)), barMaxWidth: 48 },
        { type: 'line', name: column(labels, 'volunteerMembers'), yAxisIndex: 1, data: months.map((m) => m.members), label: pointLabels(months.length) },
      ],
    },
    table: {
      columns: [
        { key: 'month', label: column(labels, 'month') },
        { key: 'hours', label: column(labels, 'volunteerHours'), numeric: true },
        { key: 'points', label: column(labels, 'points'), numeric: true },
        { key: 'members', label: column(labels, 'volunteerMembers'), numeric: true },
      ],
      rows: months.map((m) => ({ month: m.month, hours: hours(m.hours), points: count(m.points), members: count(m.members) })),
    },
    hasData: rows.some((r) => r.hours > 0 || r.members > 0),
  }
}
