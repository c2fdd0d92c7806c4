/** How 200 attempts on one slot ended: who won, what the others were told, how long until all were answered. */
export interface Race { ms: number; winners: { i: number; code: string; ms: number }[]; losers: Record<string, number> }

export const countBy = (codes: string[]) => codes.reduce<Record<string, number>>((acc, c) => ({ ...acc, [c]: (acc[c] ?? 0) + 1 }), {})

/** `racers` concurrent attempts, all started at once. */
export async function race(racers: number, attempt: (i: number) => Promise<{ ok: boolean; code: string }>): Promise<Race> {
  const started = performance.now()
  const outcomes = await Promise.all(Array.from({ length: racers }, async (_, i) => ({ i, ...(await attempt(i)), ms: performance.now() - started })))
  return { ms: performance.now() - started, winners: outcomes.filter((o) => o.ok), losers: countBy(outcomes.filter((o) => !o.ok).map((o) => o.code)) }
}

