import { type BookingPolicy, DEFAULT_BOOKING_POLICY, type RoomAvailability } from '@linli/contracts'

/** A factory for one day of availability in Asia/Shanghai, for the unit tests. */
export function newDay(options: {
  date?: string
  opening?: [string, string][]
  busy?: [string, string, string?][]
  policy?: Partial<BookingPolicy>
} = {}): RoomAvailability {
  const date = options.date ?? '2026-11-23'
  const at = (hhmm: string) => (hhmm.includes('T') ? `${hhmm}:00+08:00` : `${date}T${hhmm}:00+08:00`)
  return {
    roomId: 'room-1',
    date,
    timeZone: 'Asia/Shanghai',
    policy: { ...DEFAULT_BOOKING_POLICY, ...options.policy },
    opening: (options.opening ?? [['09:00', '12:00']]).map(([opens, closes]) => ({ opens: at(opens), closes: at(closes) })),
    busy: (options.busy ?? []).map(([s, e, label]) => ({ startsAt: at(s), endsAt: at(e), ...(label ? { label, named: true } : { label: '已占用', named: false }) })),
  }
}
