import { describe, expect, it } from 'vitest'
import { audienceChart } from './audience-charts'
import { regionFixture } from './test-fixture'

const words = {
  audience: (a: string) => ({ seniors: '老年人' })[a] ?? a,
  columns: { audience: '人群', groups: '群体数', members: '人数', attended: '参与人数', rate: '参与率' },
}

describe('the target audiences of a region report', () => {
  it('draws and tabulates only the audiences that have tagged groups', () => {
    const chart = audienceChart(regionFixture().audiences, words)
    expect(chart.hasData).toBe(true)
    expect(chart.table.rows).toEqual([{ audience: '老年人', groups: '2', members: '40', attended: '37', rate: '92.5%' }])
  })

  it('is empty when no group is tagged', () => {
    const none = regionFixture().audiences.map((a) => ({ ...a, groups: 0, members: 0, attended: 0, rate: null }))
    expect(audienceChart(none, words).hasData).toBe(false)
  })
})
