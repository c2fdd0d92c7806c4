import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { newWorld } from './support/factories'
import { useTestApp } from './support/test-app'

const tableSizes = async (ctx: ReturnType<typeof useTestApp>) => {
  const { rows } = await sql<{ t: string; n: number }>`
    select 'residents' as t, count(*)::int as n from residents union all
    select 'sign_in_throttle', count(*)::int from sign_in_throttle union all
    select 'phone_codes', count(*)::int from phone_codes union all
    select 'rooms', count(*)::int from rooms`.execute(ctx.db)
  return rows
}

describe('a NUL character (U+0000) anywhere in a request', () => {
  const ctx = useTestApp()

  it('refuses a sign-up before anything is counted or written', async () => {
    const before = await tableSizes(ctx)
    const res = await ctx.app.inject({ method: 'POST', url: '/api/residents/sign-up-with-code', remoteAddress: '198.51.100.40', payload: { name: 'a\u0000b', phone: '13759253180', code: '123456' } })
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ code: 'invalid_value', details: [{ path: 'body/name' }] })
    expect(await tableSizes(ctx)).toEqual(before)
  })

  it('names the field in a nested body, a query string and a path', async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const room = await ctx.app.inject({ method: 'POST', url: `/api/centers/${w.centerA}/rooms`, headers: { cookie: w.as.staff }, payload: { name: '书吧', kind: 'book_bar', capacity: 30, floor: 1, access: 'open', description: 'x\u0000' } })
    expect(room.json()).toMatchObject({ statusCode: 400, code: 'invalid_value', details: [{ path: 'body/description' }] })
    const query = await ctx.app.inject({ url: `/api/audit?q=%00`, headers: { cookie: w.as.admin } })
    expect(query.json()).toMatchObject({ statusCode: 400, code: 'invalid_value', details: [{ path: 'querystring/q' }] })
    const path = await ctx.app.inject({ url: `/api/centers/a%00b/schedule` })
    expect(path.json()).toMatchObject({ statusCode: 400, code: 'invalid_value', details: [{ path: 'params/id' }] })
  })
})
