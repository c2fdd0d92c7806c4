import { describe, expect, it } from 'vitest'
import zhCN from '../../admin/src/i18n/zh-CN'
import { countRows, newRoom, newWorld } from './support/factories'
import { useTestApp } from './support/test-app'

/** A center where clocks go forward (America/New_York, 2027-03-14 02:00 -> 03:00): 02:30 never shows that night. */
describe('an activity at a time skipped by daylight saving', () => {
  const ctx = useTestApp()

  async function setup() {
    const w = await newWorld(ctx.app, ctx.db)
    await ctx.db.updateTable('centers').set({ time_zone: 'America/New_York' }).where('id', '=', w.centerA).execute()
    const room = await newRoom(ctx.db, w.centerA)
    const send = (method: 'POST' | 'PATCH', url: string, payload: object) => ctx.app.inject({ method, url, headers: { cookie: w.as.staff }, payload })
    const activity = (times: { startsLocal: string; endsLocal: string }) => ({
      title: '夜间观星', category: 'culture_sports', audiences: [], organiserKind: 'center', organiserName: '中心', roomId: room.id, ...times,
    })
    return { w, room, send, activity }
  }
  const skipped = (res: { statusCode: number; json: () => { code: string; message: string } }) => {
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ code: 'time_skipped_by_dst', message: expect.stringContaining('2027-03-14T02:30') })
  }

  it('is refused with a clear 400, in Chinese on the staff screens, whether created, checked, edited or moved there', async () => {
    const { w, send, activity } = await setup()
    const occurrences = await countRows(ctx.db, 'occurrences')
    skipped(await send('POST', `/api/centers/${w.centerA}/activities`, activity({ startsLocal: '2027-03-14T02:30', endsLocal: '2027-03-14T03:00' })))
    skipped(await send('POST', `/api/centers/${w.centerA}/activities`, activity({ startsLocal: '2027-03-14T01:00', endsLocal: '2027-03-14T02:30' })))
    skipped(await send('POST', `/api/centers/${w.centerA}/activities/check`, activity({ startsLocal: '2027-03-14T02:30', endsLocal: '2027-03-14T04:00' })))
    expect(await countRows(ctx.db, 'occurrences')).toBe(occurrences)

    const created = await send('POST', `/api/centers/${w.centerA}/activities`, activity({ startsLocal: '2027-03-13T02:30', endsLocal: '2027-03-13T03:00' }))
    expect(created.statusCode).toBe(201)
    skipped(await send('PATCH', `/api/activities/${created.json().id}`, { startsLocal: '2027-03-14T02:30', endsLocal: '2027-03-14T03:30' }))
    const [occurrence] = (await ctx.db.selectFrom('occurrences').select(['id', 'starts_at']).where('activity_id', '=', created.json().id).execute())
    skipped(await send('PATCH', `/api/occurrences/${occurrence!.id}`, { startsLocal: '2027-03-14T02:30', endsLocal: '2027-03-14T03:00' }))
    skipped(await send('PATCH', `/api/occurrences/${occurrence!.id}`, { startsLocal: '2027-03-14T02:30' }))
    const after = await ctx.db.selectFrom('occurrences').select('starts_at').where('id', '=', occurrence!.id).executeTakeFirstOrThrow()
    expect(after.starts_at).toEqual(occurrence!.starts_at)

    expect(zhCN.errors.time_skipped_by_dst).toBe('该时间在夏令时切换中不存在（时钟在这一刻拨快），请选择其他时间')
  })

  it('still takes the hour on either side of the gap, and the repeated hour when clocks go back', async () => {
    const { w, send, activity } = await setup()
    const post = (startsLocal: string, endsLocal: string) => send('POST', `/api/centers/${w.centerA}/activities`, activity({ startsLocal, endsLocal }))
    const around = await post('2027-03-14T01:00', '2027-03-14T03:00')
    expect(around.statusCode).toBe(201)
    // One real hour: 01:00 EST to 03:00 EDT.
    const o = await ctx.db.selectFrom('occurrences').select(['starts_at', 'ends_at']).where('activity_id', '=', around.json().id).executeTakeFirstOrThrow()
    expect(o.ends_at.getTime() - o.starts_at.getTime()).toBe(3_600_000)
    expect((await post('2027-11-07T01:30', '2027-11-07T01:45')).statusCode).toBe(201)
  })
})
