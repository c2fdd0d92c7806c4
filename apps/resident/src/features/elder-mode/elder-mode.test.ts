import { describe, expect, it } from 'vitest'
import { memoryStore, type KeyValueStore } from '@linli/web-shared'
import { applyElderMode, ELDER_CLASS, ELDER_MODE_KEY, storeElderMode, storedElderMode } from './elder-mode'

const refusing: KeyValueStore = {
  ...memoryStore(),
  getItem: () => { throw new Error('SecurityError') },
  setItem: () => { throw new Error('QuotaExceededError') },
  removeItem: () => { throw new Error('SecurityError') },
}

describe('the 长辈版 preference kept on a phone', () => {
  it('is standard size on a phone that never chose', () => {
    expect(storedElderMode(memoryStore())).toBe(false)
    expect(storedElderMode(undefined)).toBe(false)
  })

  it('stays on once switched on, and off once switched off', () => {
    const store = memoryStore()
    storeElderMode(store, true)
    expect(storedElderMode(store)).toBe(true)
    storeElderMode(store, false)
    expect(storedElderMode(store)).toBe(false)
    expect(store.getItem(ELDER_MODE_KEY)).toBeNull()
  })

  it('ignores a value it did not write', () => {
    const store = memoryStore()
    store.setItem(ELDER_MODE_KEY, 'true')
    expect(storedElderMode(store)).toBe(false)
  })

  it('keeps working for the visit when the browser refuses storage', () => {
    expect(() => storeElderMode(refusing, true)).not.toThrow()
    expect(storedElderMode(refusing)).toBe(false)
  })

  it('puts the large-type class on the page root and takes it off again', () => {
    const classes = new Set<string>()
    const root = { classList: { toggle: (c: string, force?: boolean) => (force ? classes.add(c) : classes.delete(c), !!force) } } as unknown as HTMLElement
    applyElderMode(root, true)
    expect(classes.has(ELDER_CLASS)).toBe(true)
    applyElderMode(root, false)
    expect(classes.has(ELDER_CLASS)).toBe(false)
  })
})
