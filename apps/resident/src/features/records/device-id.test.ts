import { describe, expect, it } from 'vitest'
import { deviceId } from './device-id'

describe('the device id a view is counted by', () => {
  it('is made once and kept, and is none when storage is refused', () => {
    const store = new Map<string, string>()
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) }
    const first = deviceId(storage)
    expect(first).toMatch(/^[a-f0-9]{32}$/)
    expect(deviceId(storage)).toBe(first)
    expect(deviceId({ getItem: () => { throw new Error('denied') }, setItem: () => {} })).toBeUndefined()
  })
})
