import { describe, expect, it } from 'vitest'
import { countRows, newRoom, newWorld } from './support/factories'
import { useTestApp } from './support/test-app'

describe('two writers racing for one room', () => {
  const ctx = useTestApp()

  it('lets exactly one of many concurrent overlapping creates win; the others get 409 slot_taken', async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const room = await newRoom(ctx.db, w.centerA)
    const attempts = Array.from({ length: 10 }, (_, i) =>
      ctx.app.inject({
        method: 'POST', url: `/api/centers/${w.centerA}/activities`, headers: { cookie: w.as.staff },
        payload: {
          title: `讲座 ${i}`, category: 'lecture', organiserKind: 'center', organiserName: '中心', roomId: room.id,
          // Different but overlapping times, so only the database can tell who wins.
          startsLocal: `2026-12-15T${String(9 + (i % 2)).padStart(2, '0')}:00`, endsLocal: '2026-12-15T11:30', rrule: 'FREQ=WEEKLY;COUNT=3',
        },
      }),
    )
    const results = await Promise.all(attempts)
    const codes = results.map((r) => r.statusCode).sort()
    expect(codes.filter((c) => c === 201)).toHaveLength(1)
    expect(codes.filter((c) => c === 409)).toHaveLength(9)
    for (const r of results.filter((r) => r.statusCode === 409)) expect(r.json().code).toBe('slot_taken')
    expect(await countRows(ctx.db, 'activities')).toBe(1)
    expect(await countRows(ctx.db, 'room_reservations')).toBe(3)
  })

  it('makes overlapping reservations impossible in the database itself', async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const room = await newRoom(ctx.db, w.centerA)
    const create = (startsLocal: string, endsLocal: string) =>
      ctx.app.inject({
        method: 'POST', url: `/api/centers/${w.centerA}/activities`, headers: { cookie: w.as.staff },
        payload: { title: '会议', category: 'meeting', organiserKind: 'center', organiserName: '中心', roomId: room.id, startsLocal, endsLocal },
      })
    expect((await create('2026-12-16T09:00', '2026-12-16T10:00')).statusCode).toBe(201)
    // Back to back is fine: ranges are half-open.
    expect((await create('2026-12-16T10:00', '2026-12-16T11:00')).statusCode).toBe(201)
    // Even a write that skips the API cannot make the two overlap.
    const [, second] = await ctx.db.selectFrom('room_reservations').select(['id', 'during']).where('room_id', '=', room.id).orderBy('during').execute()
    const overlap = ctx.db.updateTable('room_reservations').set({ during: '[2026-12-16 01:30:00+00,2026-12-16 02:30:00+00)' }).where('id', '=', second!.id).execute()
    await expect(overlap).rejects.toMatchObject({ code: '23P01' })
  })
})
