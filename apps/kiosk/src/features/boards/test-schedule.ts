import type { OccupiedSlot, ScheduleItem } from '@linli/contracts'

// Factories for unit tests: times are wall clocks on 2026-11-22 in Beijing unless a date is given.

const iso = (time: string) => (time.length > 5 ? `${time}:00+08:00` : `2026-11-22T${time}:00+08:00`)

export const at = (time: string) => Date.parse(iso(time))

export function newItem(title: string, starts: string, ends: string, extra: Partial<ScheduleItem> = {}): ScheduleItem {
  return {
    id: `${title}-${starts}`, activityId: 'a', title, description: '', category: 'culture_sports', audiences: ['residents'],
    organiserName: '中心', roomId: 'r1', roomName: '多功能厅', location: null,
    startsAt: iso(starts), endsAt: iso(ends), status: 'scheduled', capacity: null,
    ...extra,
  }
}

export function newBooking(starts: string, ends: string, extra: Partial<OccupiedSlot> = {}): OccupiedSlot {
  return { roomId: 'r1', roomName: '多功能厅', startsAt: iso(starts), endsAt: iso(ends), label: '已占用', named: false, ...extra }
}
