/**
 * When another SMS code may be asked for: the server says how long to wait (resendAfterSeconds on
 * success, Retry-After on 429), and the button counts down to it, then offers to send again.
 */
export function resendAt(now: number, waitSeconds: number | undefined, fallbackSeconds = 60): number {
  const seconds = waitSeconds !== undefined && Number.isFinite(waitSeconds) && waitSeconds >= 0 ? waitSeconds : fallbackSeconds
  return now + seconds * 1000
}

/** Whole seconds left, rounded up so the button is never enabled while the server would still refuse. */
export const secondsLeft = (until: number, now: number): number => Math.max(0, Math.ceil((until - now) / 1000))
