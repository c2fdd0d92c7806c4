import type { CheckInWindow } from '@linli/web-shared'

const MINUTE = 60_000

export type CheckInPhase =
  | { kind: 'early'; opensAt: number }
  | { kind: 'open' }
  | { kind: 'closed' }

/** Where `now` stands against an occurrence's check-in window (the API decides; this explains). */
export function checkInPhase(o: { startsAt: string; endsAt: string }, now: number, w: CheckInWindow): CheckInPhase {
  const opensAt = Date.parse(o.startsAt) - w.opensMinutes * MINUTE
  if (now < opensAt) return { kind: 'early', opensAt }
  if (now > Date.parse(o.endsAt) + w.closesMinutes * MINUTE) return { kind: 'closed' }
  return { kind: 'open' }
}

/** The local wall clock 'YYYY-MM-DDTHH:mm', `minutes` before an ISO time written with the center's offset. */
export function wallClockBefore(iso: string, minutes: number): string {
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(iso)
  const sign = offset?.[1] === '-' ? -1 : 1
  const offsetMs = offset ? sign * (Number(offset[2]) * 60 + Number(offset[3])) * MINUTE : 0
  const local = new Date(Date.parse(iso) - minutes * MINUTE + offsetMs)
  return local.toISOString().slice(0, 16)
}
