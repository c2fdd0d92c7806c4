import { describe, expect, it } from 'vitest'
import { ApiError, createApiClient } from '@linli/api-client'
import { newResident, newWorld } from './support/factories'
import { fakeBrowser } from './support/push-service'
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
    // A proxy's HTML error page is still an ApiError the pages can word.
    const proxied = createApiClient({ fetch: async () => new Response('<h1>502</h1>', { status: 502, statusText: 'Bad Gateway' }) })
    await expect(proxied.getNotificationSettings()).rejects.toMatchObject({ statusCode: 502, code: 'http_error', message: 'Bad Gateway' })
  })

  it("carries a resident's notification settings and push subscription, and the staff delivery log", async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const alice = await newResident(ctx.db)
    const phone = createApiClient({ baseUrl: baseUrl(), headers: { cookie: alice.cookie } })
    const settings = await phone.getNotificationSettings()
    expect((await phone.updateNotificationSettings({ reminders: !settings.reminders })).reminders).toBe(!settings.reminders)

    const { publicKey } = await phone.getPushKey()
    expect(Buffer.from(publicKey, 'base64url')).toHaveLength(65)
    const { subscription } = fakeBrowser('https://fcm.googleapis.com/fcm/send/alice-phone')
    expect(await phone.createPushSubscription(subscription)).toMatchObject({ endpoint: subscription.endpoint, lastSuccessAt: null })
    await expect(phone.deletePushSubscription({ endpoint: subscription.endpoint })).resolves.toBeUndefined()
    await expect(phone.deletePushSubscription({ endpoint: subscription.endpoint })).rejects.toMatchObject({ statusCode: 404 })
    await expect(phone.readUnsubscribeLink({ t: '0'.repeat(32), channel: 'sms' })).rejects.toBeInstanceOf(ApiError)

    const desk = createApiClient({ baseUrl: baseUrl(), headers: { cookie: w.as.manager } })
    expect(await desk.listDeliveries(w.centerA, { limit: 10 })).toEqual({ items: [], total: 0 })
    expect(await desk.getNotificationHealth()).toMatchObject({ backlog: 0, dead: 0 })
    await expect(desk.resendDelivery('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ statusCode: 404 })
  })
})
