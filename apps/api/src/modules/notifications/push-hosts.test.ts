import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../config'
import { isKnownPushService } from './push.routes'

describe('the push services a subscription may name', () => {
  const hosts = loadConfig({}).pushServiceHosts

  it("take the browsers' real push services by default", () => {
    for (const endpoint of [
      'https://fcm.googleapis.com/fcm/send/dGVzdA:APA91b',
      'https://updates.push.services.mozilla.com/wpush/v2/gAAAAAB',
      'https://wns2-sg2p.notify.windows.com/w/?token=BQYAAAD',
      'https://web.push.apple.com/QGuQyavXutnMH',
    ]) expect(isKnownPushService(endpoint, hosts), endpoint).toBe(true)
  })

  it('refuse anything else, however it is dressed up', () => {
    for (const endpoint of [
      'https://10.0.0.5/push', 'https://localhost/push', 'https://fcm.googleapis.com.evil.example/x', 'https://evilfcm.googleapis.com.example/x',
      'https://notify.windows.com@10.0.0.5/x', 'not a url',
    ]) expect(isKnownPushService(endpoint, hosts), endpoint).toBe(false)
  })
})
