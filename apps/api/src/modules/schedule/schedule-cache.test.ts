import { describe, expect, it } from 'vitest'
import { type CachedSchedule, ScheduleCache } from './schedule-cache'

const response = (json: string): CachedSchedule => ({ etag: `W/"${json}"`, body: Buffer.from(json) })

/** A load the test finishes by hand, to look at the cache while a database read is still running. */
function pending() {
  let finish!: (value: CachedSchedule) => void
  const promise = new Promise<CachedSchedule>((resolve) => (finish = resolve))
  return { promise, finish }
}

describe('ScheduleCache', () => {
  const now = new Date('2026-11-20T02:00:00Z')
  const clock = () => now

  it('serves a stored response until its center changes, and shares one read between concurrent callers', async () => {
    const cache = new ScheduleCache({ clock })
    let reads = 0
    const load = async () => response(`v${++reads}`)
    const together = await Promise.all([1, 2, 3].map(() => cache.schedule('c1', 'c1|week', load)))
    expect(together.map((r) => r.body.toString())).toEqual(['v1', 'v1', 'v1'])
    expect((await cache.schedule('c1', 'c1|week', load)).body.toString()).toBe('v1')
    cache.dropCenter('c2')
    expect((await cache.schedule('c1', 'c1|week', load)).body.toString()).toBe('v1')
    cache.dropCenter('c1')
    expect((await cache.schedule('c1', 'c1|week', load)).body.toString()).toBe('v2')
  })

  it('does not keep a read that was still running when its center changed', async () => {
    const cache = new ScheduleCache({ clock })
    const before = pending()
    const first = cache.schedule('c1', 'c1|week', () => before.promise)
    cache.dropCenter('c1')
    const after = cache.schedule('c1', 'c1|week', async () => response('after'))
    before.finish(response('before'))
    expect((await first).body.toString()).toBe('before')
    expect((await after).body.toString()).toBe('after')
    expect((await cache.schedule('c1', 'c1|week', async () => response('again'))).body.toString()).toBe('after')
  })

  it('forgets a failed read, so the next caller tries again', async () => {
    const cache = new ScheduleCache({ clock })
    await expect(cache.timeZone('gone', async () => Promise.reject(new Error('not found')))).rejects.toThrow('not found')
    expect(await cache.timeZone('gone', async () => 'Asia/Shanghai')).toBe('Asia/Shanghai')
  })

  it('keeps at most maxEntries, dropping the least recently used first', async () => {
    const cache = new ScheduleCache({ clock, maxEntries: 2 })
    const read = (key: string, json = key) => cache.schedule('c1', key, async () => response(json))
    await read('a')
    await read('b')
    await read('a')
    await read('c')
    expect(cache.size).toBe(2)
    expect((await read('a', 'a2')).body.toString()).toBe('a')
    expect((await read('b', 'b2')).body.toString()).toBe('b2')
  })

  it('keeps at most maxBytes of JSON', async () => {
    const cache = new ScheduleCache({ clock, maxBytes: 10 })
    await cache.schedule('c1', 'a', async () => response('x'.repeat(6)))
    await cache.schedule('c1', 'b', async () => response('y'.repeat(6)))
    expect(cache.size).toBe(1)
    expect((await cache.schedule('c1', 'b', async () => response('new'))).body.toString()).toBe('yyyyyy')
  })

  it('reads again after the TTL, and every time when switched off', async () => {
    let at = now
    const cache = new ScheduleCache({ clock: () => at, ttlMs: 60_000 })
    await cache.schedule('c1', 'k', async () => response('old'))
    at = new Date(now.getTime() + 59_000)
    expect((await cache.schedule('c1', 'k', async () => response('new'))).body.toString()).toBe('old')
    at = new Date(now.getTime() + 60_000)
    expect((await cache.schedule('c1', 'k', async () => response('new'))).body.toString()).toBe('new')

    const off = new ScheduleCache({ clock, enabled: false })
    await off.schedule('c1', 'k', async () => response('one'))
    expect((await off.schedule('c1', 'k', async () => response('two'))).body.toString()).toBe('two')
    expect(off.size).toBe(0)
  })

  it('answers at once only with a finished read, and never with one its center has since changed or that has expired', async () => {
    let at = now
    const cache = new ScheduleCache({ clock: () => at, ttlMs: 60_000 })
    expect(cache.scheduleNow('c1|week')).toBeUndefined()
    const read = pending()
    const first = cache.schedule('c1', 'c1|week', () => read.promise)
    // Still being read: the caller waits with the others instead of getting nothing or a stale copy.
    expect(cache.scheduleNow('c1|week')).toBeUndefined()
    read.finish(response('v1'))
    await first
    expect(cache.scheduleNow('c1|week')?.body.toString()).toBe('v1')
    cache.dropCenter('c1')
    expect(cache.scheduleNow('c1|week')).toBeUndefined()
    await cache.schedule('c1', 'c1|week', async () => response('v2'))
    expect(cache.scheduleNow('c1|week')?.body.toString()).toBe('v2')
    at = new Date(now.getTime() + 60_000)
    expect(cache.scheduleNow('c1|week')).toBeUndefined()

    expect(cache.timeZoneNow('c1')).toBeUndefined()
    await cache.timeZone('c1', async () => 'Asia/Shanghai')
    expect(cache.timeZoneNow('c1')).toBe('Asia/Shanghai')
    cache.dropZone('c1')
    expect(cache.timeZoneNow('c1')).toBeUndefined()

    const off = new ScheduleCache({ clock, enabled: false })
    await off.schedule('c1', 'k', async () => response('one'))
    expect(off.scheduleNow('k')).toBeUndefined()
  })
})
