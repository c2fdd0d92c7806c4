import type { Audience, AudienceParticipation } from '@linli/contracts'
import { count, percent, percentValue } from './report-format'
import { BASE, type ReportChart } from './report-option'

/** The words of the audience chart, in the page's language. */
export interface AudienceWords {
  audience: (a: Audience) => string
  columns: { audience: string; groups: string; members: string; attended: string; rate: string }
}

/**
 * The participation rate per target audience, for the audiences that have tagged groups in the
 * region (the others have no denominator, so no rate to draw).
 */
export function audienceChart(rows: AudienceParticipation[], words: AudienceWords): ReportChart {
  const shown = rows.filter((r) => r.members > 0)
  return {
    option: {
      ...BASE,
      legend: { show: false },
      grid: { ...BASE.grid, top: 36 },
      tooltip: { trigger: 'axis', confine: true, valueFormatter: (v) => `${String(v)} %` },
      xAxis: { type: 'category', data: shown.map((r) => words.audience(r.audience)) },
      yAxis: { type: 'value', name: '%', max: 100, minInterval: 10 },
      series: [{
        type: 'bar', name: words.columns.rate, barMaxWidth: 48, data: shown.map((r) => percentValue(r.rate)),
        label: { show: true, position: 'top', formatter: (p: { value: unknown }) => `${String(p.value)} %` },
      }],
    },
    table: {
      columns: [
        { key: 'audience', label: words.columns.audience },
        { key: 'groups', label: words.columns.groups, numeric: true },
        { key: 'members', label: words.columns.members, numeric: true },
        { key: 'attended', label: words.columns.attended, numeric: true },
        { key: 'rate', label: words.columns.rate, numeric: true },
      ],
      rows: shown.map((r) => ({
        audience: words.audience(r.audience), groups: count(r.groups), members: count(r.members), attended: count(r.attended), rate: percent(r.rate),
      })),
    },
    hasData: shown.length > 0,
  }
}
