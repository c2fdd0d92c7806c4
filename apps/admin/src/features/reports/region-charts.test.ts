import { describe, expect, it } from 'vitest'
import { centersChart, regionTrendChart } from './region-charts'
import { centerKpis, isEmptyReport, regionKpis } from './report-kpis'
import { centerFixture, regionFixture, zhLabels } from './test-fixture'

const seriesOf = (option: { series?: unknown }) => option.series as { name: string; data: unknown[] }[]
const axisData = (axis: unknown) => (axis as { data: string[] }).data

describe('region charts', () => {
  const region = regionFixture()

  it('compares centers on the chosen figure, largest on top', () => {
    const byPersonTimes = centersChart(region, 'personTimes', zhLabels)
    expect(axisData(byPersonTimes.option.yAxis)).toEqual(['凤凰台党群服务中心', '经八路街道党群服务中心'])
    expect(seriesOf(byPersonTimes.option)[0]).toMatchObject({ name: '人次', data: [68, 150] })
    const byUtilisation = centersChart(region, 'roomUtilisation', zhLabels)
    expect(seriesOf(byUtilisation.option)[0]).toMatchObject({ name: '房间使用率', data: [0, 25] })
  })

  it('keeps every figure of every center in the table, in the chart’s order', () => {
    const chart = centersChart(region, 'personTimes', zhLabels)
    expect(chart.table.rows.map((r) => [r.centerName, r.personTimes, r.roomUtilisation, r.serviceClosingRate, r.volunteerHours])).toEqual([
      ['经八路街道党群服务中心', '150', '—', '—', '1.3'],
      ['凤凰台党群服务中心', '68', '25%', '66.7%', '2.5'],
    ])
  })

  it('draws the region’s months', () => {
    const trend = regionTrendChart(region, zhLabels)
    expect(seriesOf(trend.option).map((s) => s.data)).toEqual([[218], [14], [3.8]])
    expect(trend.table.rows).toEqual([{ month: '2026-11', activitiesHeld: '14', personTimes: '218', volunteerHours: '3.8' }])
  })
})

describe('KPI cards', () => {
  it('shows a center’s totals as the API counted them', () => {
    const cards = Object.fromEntries(centerKpis(centerFixture()).map((k) => [k.key, k]))
    expect(Object.keys(cards)).toEqual([
      'activitiesHeld', 'people', 'personTimes', 'participationRate', 'roomUtilisation', 'bookings', 'noShows', 'lateCancellations',
      'serviceReceived', 'serviceClosingRate', 'volunteerHours',
    ])
    expect(cards.personTimes!.value).toBe('123')
    expect(cards.participationRate).toMatchObject({ value: '92.3%', hint: 'participationOf', hintParams: { group: '夕阳红合唱团', attended: 12, members: 13 } })
    expect(cards.lateCancellations!.hintParams).toEqual({ bookings: 2, registrations: 1 })
    expect(cards.serviceClosingRate!.value).toBe('94.6%')
    expect(cards.volunteerHours!.value).toBe('12.5')
  })

  it('asks for a target group when none is chosen', () => {
    const report = { ...centerFixture(), targetGroup: null, totals: { ...centerFixture().totals, participationRate: null } }
    expect(centerKpis(report).find((k) => k.key === 'participationRate')).toEqual({ key: 'participationRate', value: '—', hint: 'pickGroup' })
  })

  it('adds up a region’s centers, leaving out what does not add up', () => {
    expect(regionKpis(regionFixture()).map((k) => [k.key, k.value])).toEqual([
      ['centers', '2'], ['activitiesHeld', '14'], ['personTimes', '218'], ['bookings', '6'], ['noShows', '1'], ['serviceReceived', '10'], ['volunteerHours', '3.8'],
    ])
  })

  it('calls a period empty only when nothing at all happened', () => {
    const report = centerFixture()
    expect(isEmptyReport(report)).toBe(false)
    const quiet = {
      ...report, participation: [], bookingsByStatus: [], volunteersByMonth: [],
      rooms: report.rooms.map((r) => ({ ...r, bookedHours: 0, usedHours: 0, utilisation: 0 })),
      service: { ...report.service, received: 0, resolvedOnSpot: 0, transferred: 0, closed: 0, closingRate: null },
      totals: { ...report.totals, activitiesHeld: 0 },
    }
    expect(isEmptyReport(quiet)).toBe(true)
  })
})
