/** Nearest-rank percentile of unsorted samples (p in 0..100). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[rank]!
}

export const median = (samples: readonly number[]) => percentile(samples, 50)

export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
