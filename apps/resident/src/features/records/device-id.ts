const KEY = 'linli.device'

/**
 * A random id this browser keeps, so a view is counted once a day per phone without a sign-in.
 * It names no one; the server only ever stores a salted hash of it, thrown away after the day.
 */
export function deviceId(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage): string | undefined {
  try {
    const known = storage?.getItem(KEY)
    if (known && /^[A-Za-z0-9_-]{8,64}$/.test(known)) return known
    const made = crypto.randomUUID().replace(/-/g, '')
    storage?.setItem(KEY, made)
    return made
  } catch {
    return undefined
  }
}
