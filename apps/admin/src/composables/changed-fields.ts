/**
 * The fields of `next` whose value differs from `prev` (deep, by JSON), for PATCH bodies:
 * sending only what changed keeps a role from touching fields it may not change (a manager
 * resending a center's region gets 403) and avoids overwriting someone else's edit.
 */
export function changedFields<T extends object>(next: T, prev: Partial<Record<keyof T, unknown>>): Partial<T> {
  const out: Partial<T> = {}
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (JSON.stringify(next[key]) !== JSON.stringify(prev[key] ?? null)) out[key] = next[key]
  }
  return out
}
