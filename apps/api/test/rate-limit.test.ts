import { describe, expect, it } from 'vitest'
import { useTestApp } from './support/test-app'

describe('rate limits on public endpoints', () => {
  const ctx = useTestApp()

  it('answers the recurrence preview with a uniform 429 once a client asks too often', async () => {
    const payload = { dtstart: '2026-12-11T09:00', timezone: 'Asia/Shanghai', rrule: 'FREQ=MONTHLY;BYDAY=2FR', limit: 3 }
    const statuses: number[] = []
    for (let i = 0; i < 61; i++) statuses.push((await ctx.app.inject({ method: 'POST', url: '/api/recurrence/preview', payload })).statusCode)
    expect(statuses.slice(0, 60).every((s) => s === 200)).toBe(true)
    const limited = await ctx.app.inject({ method: 'POST', url: '/api/recurrence/preview', payload })
    expect(limited.statusCode).toBe(429)
    expect(limited.json()).toMatchObject({ statusCode: 429, code: 'rate_limited', message: expect.stringContaining('try again') })
    // Other public reads are not limited by it.
    expect((await ctx.app.inject('/api/centers')).statusCode).toBe(200)
  })
})
