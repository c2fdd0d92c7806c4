import { describe, expect, it } from 'vitest'
import type { Center, Schedule } from '@linli/contracts'
import { type CenterSnapshot, loadSnapshot, parseSnapshot, saveSnapshot, serialiseSnapshot, snapshotKey } from './snapshot'
import { memoryStore } from '@linli/web-shared'

const snapshot = (centerId = 'c1'): CenterSnapshot => ({
  centerId,
  savedAt: '2026-11-22T02:15:00.000Z',
  center: { id: centerId, name: '凤凰台党群服务中心', timeZone: 'Asia/Shanghai' } as Center,
  rooms: [],
  schedule: { centerId, timeZone: 'Asia/Shanghai', from: '2026-11-22', to: '2026-11-28', items: [], occupied: [] } as Schedule,
  board: { announcements: [], emergency: null },
})

describe('snapshot (de)serialisation', () => {
  it('round-trips', () => {
    expect(parseSnapshot(serialiseSnapshot(snapshot()))).toEqual(snapshot())
  })

  it('refuses damaged, foreign-version or other-center texts', () => {
    expect(parseSnapshot(null)).toBeUndefined()
    expect(parseSnapshot('{not json')).toBeUndefined()
    expect(parseSnapshot(JSON.stringify({ ...snapshot(), v: 99 }))).toBeUndefined()
    expect(parseSnapshot(JSON.stringify({ v: 1, ...snapshot(), schedule: { items: 'x' } }))).toBeUndefined()
    expect(parseSnapshot(serialiseSnapshot(snapshot('c1')), 'c2')).toBeUndefined()
  })
})

describe('snapshot storage', () => {
  it('keeps only the current center', () => {
    const store = memoryStore()
    store.setItem('other', 'kept')
    saveSnapshot(snapshot('c1'), store)
    saveSnapshot(snapshot('c2'), store)
    expect(loadSnapshot('c1', store)).toBeUndefined()
    expect(loadSnapshot('c2', store)?.center.name).toBe('凤凰台党群服务中心')
    expect(store.getItem('other')).toBe('kept')
    expect(store.getItem(snapshotKey('c1'))).toBeNull()
  })

  it('reports a storage that refuses the write instead of throwing', () => {
    const store = { ...memoryStore(), length: 0, setItem: () => { throw new Error('QuotaExceededError') } }
    expect(saveSnapshot(snapshot(), store)).toBe(false)
  })
})
