import { type Encoding, compressOnce } from '../../plugins/compression'

/**
 * A schedule response as the route built it: the ETag, the exact JSON it was computed from (as the
 * UTF-8 bytes sent, encoded once), and that JSON compressed, each encoding on first request, so
 * every later read costs no compression.
 */
export interface CachedSchedule {
  etag: string
  body: Buffer
  encoded?: Partial<Record<Encoding, Buffer>>
}

/** The cached body in an encoding, compressed on the first read that asks for it and kept with the entry. */
export function encodedSchedule(cached: CachedSchedule, encoding: Encoding): Buffer {
  cached.encoded ??= {}
  return (cached.encoded[encoding] ??= compressOnce(cached.body, encoding))
}

/** How many schedules were read from the database (misses), for tests: N screens reading at once must cost one. */
export const scheduleLoads = { count: 0 }

export interface ScheduleCacheOptions {
  clock: () => Date
  /**
   * Off: every schedule read goes to the database (LINLI_SCHEDULE_CACHE=0, for benchmarks), the
   * zones are still kept, as they are across most changes, so "off" costs what the first read after
   * a change costs.
   */
  enabled?: boolean
  /** A bound for changes nobody announces (an edit by hand in the database): a push is only a hint. */
  ttlMs?: number
  maxEntries?: number
  maxBytes?: number
}

interface Entry {
  centerId: string
  storedAt: number
  value: Promise<unknown>
  /** The value once the read has succeeded, so that a hit costs no promise. */
  settled?: { value: unknown }
  bytes: number
}

const zoneKey = (centerId: string) => `${centerId}|zone`

/**
 * What the public schedule route has read, per center, until that center changes. Every screen of
 * a center re-reads at once after a push; the first read goes to the database and the others share
 * it (the promise is stored, not its result). A change drops the center's entries, in flight ones
 * included, so a read that started before the change is never kept. Least recently used entries go
 * first once the cache holds `maxEntries` or `maxBytes` of JSON (the compressed variants, a tenth of
 * it or less, are not counted).
 */
export class ScheduleCache {
  readonly #entries = new Map<string, Entry>()
  #bytes = 0
  readonly #clock: () => Date
  readonly #enabled: boolean
  readonly #ttlMs: number
  readonly #maxEntries: number
  readonly #maxBytes: number

  constructor(options: ScheduleCacheOptions) {
    this.#clock = options.clock
    this.#enabled = options.enabled ?? true
    this.#ttlMs = options.ttlMs ?? 60_000
    this.#maxEntries = options.maxEntries ?? 500
    this.#maxBytes = options.maxBytes ?? 64 * 1024 * 1024
  }

  /** The center's time zone, which the route needs before it knows which range it is asked for. */
  timeZone(centerId: string, load: () => Promise<string>): Promise<string> {
    return this.#memo(centerId, zoneKey(centerId), load, () => 0, true)
  }

  /** The center's zone if it is kept and already read; undefined otherwise (then ask `timeZone`). */
  timeZoneNow(centerId: string): string | undefined {
    return this.#peek(zoneKey(centerId), true) as string | undefined
  }

  /**
   * A response already read, without waiting: every screen's read between two changes is a hit, and
   * a hit answered at once skips two promises. Undefined on a miss or while the first read is in flight.
   */
  scheduleNow(key: string): CachedSchedule | undefined {
    return this.#peek(key, this.#enabled) as CachedSchedule | undefined
  }

  /** One response, keyed by everything it depends on, the center included. */
  schedule(centerId: string, key: string, load: () => Promise<CachedSchedule>): Promise<CachedSchedule> {
    const counted = () => {
      scheduleLoads.count++
      return load()
    }
    return this.#memo(centerId, key, counted, (s) => s.body.length, this.#enabled)
  }

  /**
   * Forgets what was read for a center: called for every change announced to it. Its zone too only
   * when asked (a change to the center itself): a schedule read checks the zone it was resolved in.
   */
  dropCenter(centerId: string, { zone = true }: { zone?: boolean } = {}) {
    for (const [key, entry] of this.#entries) if (entry.centerId === centerId && (zone || key !== zoneKey(centerId))) this.#delete(key, entry)
  }

  /** Forgets a center's zone, which a schedule read found changed. */
  dropZone(centerId: string) {
    const entry = this.#entries.get(zoneKey(centerId))
    if (entry) this.#delete(zoneKey(centerId), entry)
  }

  get size() {
    return this.#entries.size
  }

  #fresh(entry: Entry, now: number) {
    // A clock set back (tests, NTP) makes an entry look younger than it is; treat it as expired too.
    return now - entry.storedAt < this.#ttlMs && now >= entry.storedAt
  }

  /** Marks an entry most recently used: a Map keeps insertion order, so it goes to the end. */
  #touch(key: string, entry: Entry) {
    this.#entries.delete(key)
    this.#entries.set(key, entry)
  }

  #peek(key: string, enabled: boolean): unknown {
    if (!enabled) return undefined
    const hit = this.#entries.get(key)
    if (!hit?.settled || !this.#fresh(hit, this.#clock().getTime())) return undefined
    this.#touch(key, hit)
    return hit.settled.value
  }

  #memo<T>(centerId: string, key: string, load: () => Promise<T>, bytesOf: (value: T) => number, enabled: boolean): Promise<T> {
    if (!enabled) return load()
    const now = this.#clock().getTime()
    const hit = this.#entries.get(key)
    if (hit && this.#fresh(hit, now)) {
      this.#touch(key, hit)
      return hit.value as Promise<T>
    }
    if (hit) this.#delete(key, hit)
    const value = load()
    const entry: Entry = { centerId, storedAt: now, value, bytes: 0 }
    this.#entries.set(key, entry)
    value.then(
      (v) => {
        if (this.#entries.get(key) !== entry) return
        entry.settled = { value: v }
        entry.bytes = bytesOf(v)
        this.#bytes += entry.bytes
        this.#evict()
      },
      () => this.#entries.get(key) === entry && this.#delete(key, entry),
    )
    this.#evict()
    return value
  }

  #delete(key: string, entry: Entry) {
    this.#entries.delete(key)
    this.#bytes -= entry.bytes
  }

  #evict() {
    for (const [key, entry] of this.#entries) {
      if (this.#entries.size <= this.#maxEntries && this.#bytes <= this.#maxBytes) return
      this.#delete(key, entry)
    }
  }
}
