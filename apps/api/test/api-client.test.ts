import { describe, expect, it } from 'vitest'
import { ApiError, createApiClient } from '@linli/api-client'
import { newWorld } from './support/factories'
import { useTestApp } from './support/test-app'

describe('the typed client the SPAs use, against the real server', () => {
  const ctx = useTestApp({ listen: true })
  const baseUrl = () => {
    const a = ctx.app.server.address()
    return `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`
  }

  it('round-trips a room through create, list, update and delete', async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const api = createApiClient({ baseUrl: baseUrl(), headers: { cookie: w.as.manager } })
    const me = await api.getMe()
    expect(me.centerId).toBe(w.centerA)
    const room = await api.createRoom(w.centerA, { name: '书吧', kind: 'book_bar', capacity: 30, floor: 1, access: 'open' })
    expect((await api.listRooms(w.centerA)).items.map((r) => r.id)).toContain(room.id)
    expect((await api.updateRoom(room.id, { capacity: 28 })).capacity).toBe(28)
    await api.deleteRoom(room.id)
    expect((await api.listRooms(w.centerA)).items).toEqual([])
  })

  it('throws ApiError carrying the status, code and message of the uniform error body', async () => {
    const api = createApiClient({ baseUrl: baseUrl() })
    const error = await api.getMe().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ statusCode: 401, code: 'unauthorized', message: 'Sign in first' })
    const unreachable = createApiClient({ baseUrl: 'http://127.0.0.1:9' })
    await expect(unreachable.listCenters()).rejects.toMatchObject({ statusCode: 0, code: 'network_error' })
  })
})
