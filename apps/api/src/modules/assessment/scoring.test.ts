import { describe, expect, it } from 'vitest'
import { rankCenters } from './scoring'

const figures = (f: Partial<Record<string, number | null>>) => ({
  activities_held: 0, people: 0, person_times: 0, room_utilisation: null, service_closing_rate: null,
  volunteer_hours: 0, records_published: 0, record_views: 0, bookings: 0, ...f,
})

describe('rankCenters', () => {
  it('caps each indicator at its weight, scores nothing for no rate, and shares ranks on equal scores', () => {
    const scheme = [{ indicator: 'activities_held', weight: 60, target: 10 }, { indicator: 'service_closing_rate', weight: 40, target: 80 }] as const
    const ranked = rankCenters(scheme, [
      { centerId: 'a', centerName: '甲', figures: figures({ activities_held: 5, service_closing_rate: 80 }) }, // 30 + 40
      { centerId: 'b', centerName: '乙', figures: figures({ activities_held: 20, service_closing_rate: null }) }, // 60 + 0
      { centerId: 'c', centerName: '丙', figures: figures({ activities_held: 7, service_closing_rate: 60 }) }, // 42 + 30 = 72
      { centerId: 'd', centerName: '丁', figures: figures({ activities_held: 10, service_closing_rate: 0 }) }, // 60 + 0
    ])
    expect(ranked.map((c) => [c.centerName, c.score, c.rank])).toEqual([['丙', 72, 1], ['甲', 70, 2], ['丁', 60, 3], ['乙', 60, 3]])
    expect(ranked[3]!.breakdown).toEqual([
      { indicator: 'activities_held', weight: 60, target: 10, actual: 20, points: 60 },
      { indicator: 'service_closing_rate', weight: 40, target: 80, actual: null, points: 0 },
    ])
  })
})
