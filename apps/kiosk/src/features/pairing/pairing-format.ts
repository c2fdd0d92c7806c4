/** The pairing code in two groups of three, read aloud more easily: 'K7M 2QX'. */
export const codeGroups = (code: string): [string, string] => [code.slice(0, 3), code.slice(3)]

/** Whole seconds left until `expiresAt` (ms, by this screen's clock), never negative. */
export const secondsLeft = (expiresAt: number, now: number) => Math.max(0, Math.floor((expiresAt - now) / 1000))

/** 'm:ss' for a countdown. */
export function countdown(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds))
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

/** Polling pace: every 3 s while the API answers, slower (up to 30 s) while it does not. */
export function pollDelay(failures: number): number {
  return failures <= 0 ? 3_000 : Math.min(30_000, 3_000 * 2 ** Math.min(failures, 4))
}
