import { describe, expect, it } from 'vitest'
import type { AssessmentRanking, RegionReport } from '@linli/contracts'
import { seedDemo } from '../src/seed/demo-seed'
import { signIn } from './support/factories'
import { useTestApp } from './support/test-app'

describe('the demo district on a fresh start', () => {
  const ctx = useTestApp()

  it("ranks the demo centers in the quarter's assessment, and its region report shows the platform's figures", async () => {
    expect(await seedDemo(ctx.db, ctx.now)).toBe(true)
    const { cookie } = await signIn(ctx.app, 'district')
    const staff = await ctx.db.selectFrom('staff').select('region_id').where('username', '=', 'district').executeTakeFirstOrThrow()
    const res = await ctx.app.inject({ url: `/api/regions/${staff.region_id}/assessment?quarter=2026-Q4`, headers: { cookie } })
    expect(res.statusCode, res.body).toBe(200)
    const r = res.json() as AssessmentRanking
    expect(r.status).toBe('open')
    expect(r.indicators.reduce((n, i) => n + i.weight, 0)).toBe(100)
    expect(r.centers.length).toBeGreaterThan(1)
    expect(r.centers[0]!.rank).toBe(1)
    expect(r.centers[0]!.score).toBeGreaterThan(0)
    for (const [i, c] of r.centers.entries()) if (i > 0) expect(c.score).toBeLessThanOrEqual(r.centers[i - 1]!.score)

    const report = await ctx.app.inject({ url: `/api/regions/${staff.region_id}/reports?from=2026-10-01&to=2026-11-20`, headers: { cookie } })
    const platform = (report.json() as RegionReport).platform
    expect(platform.residents).toBeGreaterThan(10)
    expect(platform.staff).toBeGreaterThan(2)
    expect(platform.recordsPublished).toBeGreaterThan(0)
  }, 180_000)
})
