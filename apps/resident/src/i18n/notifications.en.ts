import type zhCN from './notifications.zh-CN'

const en: typeof zhCN = {
  bell: {
    none: 'Notifications, none unread',
    unread: 'Notifications, {n} unread',
  },
  arrived: 'New notification: {title}',
  title: 'Notifications',
  unreadCount: '{n} unread',
  allRead: 'All read',
  unread: 'Unread',
  markAll: 'Mark all as read',
  markingAll: 'Marking…',
  markedAll: 'All marked as read.',
  empty: 'No notifications yet.',
  emptyHint: 'When a seat is held for you, a booking is decided or an activity changes, you will be told here.',
  more: 'Load more',
  loadingMore: 'Loading…',
  moreFailed: 'Could not load more; please try again.',
  end: 'No earlier notifications',
  when: {
    justNow: 'Just now',
    minutes: '{n} min ago',
    today: 'Today {time}',
    yesterday: 'Yesterday {time}',
    day: '{day} {time}',
  },
}

export default en
