import type { BookingStatus, NotificationLanguage } from '@linli/contracts'

/** The words of a resident's calendar feed, in the language they chose for notices. */
export const FEED_TEXTS = {
  'zh-CN': {
    calendarName: '邻里 · 我的预约和活动',
    bookingStatus: { requested: '待审核', approved: '已通过', checked_in: '已签到', completed: '已完成', no_show: '未到场' } as Partial<Record<BookingStatus, string>>,
    awaitingTag: '【待审核】',
    offeredTag: '【请确认名额】',
    cancelledTag: '【已取消】',
    status: '状态',
    center: '中心',
    address: '地址',
    people: '人数',
    signedUp: '已报名',
    offered: (deadline: string) => `候补到位，请在 ${deadline} 前打开邻里确认，过时名额让给下一位`,
    cancelled: '这场活动已取消',
    centerClosed: (center: string, reason: string) => `【闭馆】${center}：${reason}`,
    roomClosed: (center: string, room: string, reason: string) => `【暂停开放】${center} ${room}：${reason}`,
  },
  en: {
    calendarName: 'Linli · my bookings and activities',
    bookingStatus: { requested: 'awaiting approval', approved: 'approved', checked_in: 'checked in', completed: 'done', no_show: 'missed' } as Partial<Record<BookingStatus, string>>,
    awaitingTag: '[Awaiting approval] ',
    offeredTag: '[Confirm your seat] ',
    cancelledTag: '[Cancelled] ',
    status: 'Status',
    center: 'Center',
    address: 'Address',
    people: 'People',
    signedUp: 'signed up',
    offered: (deadline: string) => `a seat is free for you: confirm it in Linli by ${deadline}, or it goes to the next in line`,
    cancelled: 'this session has been cancelled',
    centerClosed: (center: string, reason: string) => `[Closed] ${center}: ${reason}`,
    roomClosed: (center: string, room: string, reason: string) => `[Room closed] ${center} ${room}: ${reason}`,
  },
} satisfies Record<NotificationLanguage, unknown>
