/** A schedule response as the route built it: the ETag and the exact JSON it was computed from. */
export interface CachedSchedule {
  etag: string
  json: string
}

export interface ScheduleCacheOptions {
  clock: () => Date
  /** Off: every read goes to the database (LINLI_SCHEDULE_CACHE=0, for benchmarks). */
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
  bytes: number
}

/**
 * What the public schedule route has read, per center, until that center changes. Every screen of
 * a center re-reads at once after a push; the first read goes to the database and the others share
 * it (the promise is stored, not its result). A change drops the center's entries, in flight ones
 * included, so a read that started before the change is never kept. Least recently used entries go
 * first once the cache holds `maxEntries` or `maxBytes` of JSON.
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
    return this.#memo(centerId, `${centerId}|zone`, load, () => 0)
  }

  /** One response, keyed by everything it depends on, the center included. */
  schedule(centerId: string, key: string, load: () => Promise<CachedSchedule>): Promise<CachedSchedule> {
    return this.#memo(centerId, key, load, (s) => s.json.length)
  }

  /** Forgets everything read for a center: called for every change announced to it. */
  dropCenter(centerId: string) {
    for (const [key, entry] of this.#entries) if (entry.centerId === centerId) this.#delete(key, entry)
  }

  get size() {
    return this.#entries.size
  }

  #memo<T>(centerId: string, key: string, load: () => Promise<T>, bytesOf: (value: T) => number): Promise<T> {
    if (!this.#enabled) return load()
    const now = this.#clock().getTime()
    const hit = this.#entries.get(key)
    // A clock set back (tests, NTP) makes an entry look younger than it is; treat it as expired too.
    if (hit && now - hit.storedAt < this.#ttlMs && now >= hit.storedAt) {
      this.#entries.delete(key)
      this.#entries.set(key, hit)
      return hit.value as Promise<T>
    }
    if (hit) this.#delete(key, hit)
    const value = load()
    const entry: Entry = { centerId, storedAt: now, value, bytes: 0 }
    this.#entries.set(key, entry)
    value.then(
      (v) => {
        if (this.#entries.get(key) !== entry) return
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
