import { io } from 'socket.io-client'
import { describe, expect, it } from 'vitest'
import { buildApp } from '../src/app'
import { loadConfig } from '../src/config'
import { newCenter, newDistrict, newSubdistrict } from './support/factories'
import { createTestDatabase } from './support/test-app'

describe('a screen across a server restart', () => {
  it('reconnects by itself and rejoins its center, so it can re-read what it missed', async () => {
    const { db, drop } = await createTestDatabase()
    const config = loadConfig({ LOG_LEVEL: 'silent' })
    const start = async (port: number) => {
      const app = await buildApp({ config, db, logger: false, backgroundJobs: false })
      await app.listen({ port, host: '127.0.0.1' })
      return app
    }
    let app = await start(0)
    const address = app.server.address()
    const port = typeof address === 'object' && address ? address.port : 0
    const centerId = await newCenter(db, (await newSubdistrict(db, (await newDistrict(db)).id)).id)
    const client = io(`http://127.0.0.1:${port}`, { transports: ['websocket'], reconnectionDelay: 100, reconnectionDelayMax: 200 })
    let connects = 0
    const rejoined = new Promise<void>((resolve) => {
      client.on('connect', async () => {
        connects++
        await client.emitWithAck('center:watch', centerId).catch(() => undefined)
        if (connects === 2) resolve()
      })
    })
    await new Promise<void>((resolve) => client.once('connect', () => resolve()))
    await app.close()
    app = await start(port)
    await rejoined
    const pushed = new Promise((resolve) => client.once('center:changed', resolve))
    app.realtime.centerChanged(centerId, 'schedule')
    expect(await pushed).toEqual({ centerId, what: 'schedule' })
    client.disconnect()
    await app.close()
    await drop()
  })
})
