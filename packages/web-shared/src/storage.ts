/** The part of Web Storage the screen uses, so tests can pass a plain in-memory one. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>

/** localStorage when there is one (not in unit tests, nor when the browser refuses it). */
export function browserStore(): KeyValueStore | undefined {
  try {
    return globalThis.localStorage ?? undefined
  } catch {
    return undefined
  }
}

/** A Map behind the Storage interface, for tests. */
export function memoryStore(): KeyValueStore {
  const map = new Map<string, string>()
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    key: (i) => [...map.keys()][i] ?? null,
    get length() {
      return map.size
    },
  }
}

/** Writes, and says whether it worked: a full or disabled storage must not break the screen. */
export function tryWrite(store: KeyValueStore | undefined, key: string, value: string): boolean {
  try {
    store?.setItem(key, value)
    return !!store
  } catch (err) {
    console.warn(`[offline] could not store ${key}`, err)
    return false
  }
}

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

export function parseJson(text: string | null): unknown {
  if (!text) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
