import type { Announcement } from '@linli/contracts'

/** 进行中 / 未开始 / 已结束, from the times alone (the list holds past, current and scheduled ones). */
export type AnnouncementStatus = 'current' | 'scheduled' | 'ended'

export function announcementStatus(a: Pick<Announcement, 'startsAt' | 'endsAt'>, now: number): AnnouncementStatus {
  if (now < Date.parse(a.startsAt)) return 'scheduled'
  return now < Date.parse(a.endsAt) ? 'current' : 'ended'
}

export const statusTagType: Record<AnnouncementStatus, 'success' | 'primary' | 'info'> = {
  current: 'success',
  scheduled: 'primary',
  ended: 'info',
}

const order: Record<AnnouncementStatus, number> = { current: 0, scheduled: 1, ended: 2 }

/**
 * What is on now first (high priority on top), then what comes next, soonest first, then what
 * has ended, latest first.
 */
export function sortAnnouncements(list: Announcement[], now: number): Announcement[] {
  const key = (a: Announcement) => {
    const status = announcementStatus(a, now)
    if (status === 'current') return [0, a.priority === 'high' ? 0 : 1, -Date.parse(a.startsAt)]
    if (status === 'scheduled') return [order.scheduled, 0, Date.parse(a.startsAt)]
    return [order.ended, 0, -Date.parse(a.endsAt)]
  }
  return [...list].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)]
    return ka.map((v, i) => v - (kb[i] ?? 0)).find((d) => d !== 0) ?? 0
  })
}
