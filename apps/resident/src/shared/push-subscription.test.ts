import { createECDH } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { keyBytes, pushStatus, sameKey } from './push-subscription'

describe('the push subscription helpers', () => {
  const key = createECDH('prime256v1')
  key.generateKeys()
  const publicKey = key.getPublicKey('base64url')

  it("turns the server's base64url key into the 65 bytes a browser subscribes with", () => {
    expect(Buffer.from(keyBytes(publicKey))).toEqual(key.getPublicKey())
    expect(keyBytes(publicKey)).toHaveLength(65)
  })

  it('knows a subscription made with another key, which can never receive our pushes', () => {
    expect(sameKey(new Uint8Array(key.getPublicKey()).buffer, publicKey)).toBe(true)
    const other = createECDH('prime256v1')
    other.generateKeys()
    expect(sameKey(new Uint8Array(other.getPublicKey()).buffer, publicKey)).toBe(false)
    expect(sameKey(null, publicKey)).toBe(false)
  })

  it('says unsupported where there is no service worker or Push API', async () => {
    expect(await pushStatus()).toBe('unsupported')
  })
})
