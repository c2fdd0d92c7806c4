import type { CenterReport } from '@linli/contracts'
import { count, hours, maxPercent, percent, percentValue } from './report-format'
import { type ReportLabels, column } from './report-labels'
import { BASE, type ReportChart, barsHeight } from './report-option'

type Rooms = CenterReport['rooms']

// Scaled to the data (a 5 % room would be a sliver on a 0-100 axis), never beyond 100 %.
const percentAxis = { type: 'value' as const, max: maxPercent, axisLabel: { formatter: '{value}%' } }
const percentTooltip = { ...BASE.tooltip, valueFormatter: (v: unknown) => `${String(v)}%` }

/** Share of opening hours in use per room, busiest on top. */
export function roomsChart(rooms: Rooms, labels: ReportLabels): ReportChart {
  const sorted = [...rooms].sort((a, b) => (b.utilisation ?? -1) - (a.utilisation ?? -1) || a.roomName.localeCompare(b.roomName, 'zh-CN'))
  // A horizontal category axis draws its first entry at the bottom.
  const drawn = [...sorted].reverse()
  return {
    option: {
      ...BASE,
      tooltip: percentTooltip,
      legend: { show: false },
      grid: { ...BASE.grid, top: 8 },
      xAxis: percentAxis,
      yAxis: { type: 'category', data: drawn.map((r) => r.roomName) },
      series: [{ type: 'bar', name: column(labels, 'utilisation'), data: drawn.map((r) => percentValue(r.utilisation)), barMaxWidth: 18, label: { show: true, position: 'right', formatter: '{c}%' } }],
    },
    table: {
      columns: [
        { key: 'roomName', label: column(labels, 'room') },
        { key: 'kind', label: column(labels, 'kind') },
        { key: 'openHours', label: column(labels, 'openHours'), numeric: true },
        { key: 'bookedHours', label: column(labels, 'bookedHours'), numeric: true },
        { key: 'usedHours', label: column(labels, 'usedHours'), numeric: true },
        { key: 'utilisation', label: column(labels, 'utilisation'), numeric: true },
      ],
      rows: sorted.map((r) => ({
        roomName: r.roomName, kind: labels.roomKind(r.kind), openHours: hours(r.openHours), bookedHours: hours(r.bookedHours),
        usedHours: hours(r.usedHours), utilisation: percent(r.utilisation),
      })),
    },
    hasData: rooms.length > 0,
    height: barsHeight(rooms.length),
  }
}

/** Utilisation per room kind, as the API adds the rooms of a kind up (hours used over hours open). */
export function roomKindsChart(kinds: CenterReport['roomsByKind'], labels: ReportLabels): ReportChart {
  const sorted = [...kinds].sort((a, b) => (b.utilisation ?? -1) - (a.utilisation ?? -1))
  const drawn = [...sorted].reverse()
  return {
    option: {
      ...BASE,
      tooltip: percentTooltip,
      legend: { show: false },
      grid: { ...BASE.grid, top: 8 },
      xAxis: percentAxis,
      yAxis: { type: 'category', data: drawn.map((k) => labels.roomKind(k.kind)) },
      series: [{ type: 'bar', name: column(labels, 'utilisation'), data: drawn.map((k) => percentValue(k.utilisation)), barMaxWidth: 18, label: { show: true, position: 'right', formatter: '{c}%' } }],
    },
    table: {
      columns: [
        { key: 'kind', label: column(labels, 'kind') },
        { key: 'rooms', label: column(labels, 'rooms'), numeric: true },
        { key: 'openHours', label: column(labels, 'openHours'), numeric: true },
        { key: 'bookedHours', label: column(labels, 'bookedHours'), numeric: true },
        { key: 'usedHours', label: column(labels, 'usedHours'), numeric: true },
        { key: 'utilisation', label: column(labels, 'utilisation'), numeric: true },
      ],
      rows: sorted.map((k) => ({
        kind: labels.roomKind(k.kind), rooms: count(k.rooms), openHours: hours(k.openHours), bookedHours: hours(k.bookedHours),
        usedHours: hours(k.usedHours), utilisation: percent(k.utilisation),
      })),
    },
    hasData: kinds.length > 0,
    height: barsHeight(kinds.length),
  }
}
