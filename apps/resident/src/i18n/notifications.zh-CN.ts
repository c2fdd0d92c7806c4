/** Words of the bell and the inbox on the phone pages (`notifications.*`). */
export default {
  bell: {
    none: '通知，没有未读',
    unread: '通知，{n} 条未读',
  },
  arrived: '收到新通知：{title}',
  title: '通知',
  unreadCount: '{n} 条未读',
  allRead: '全部已读',
  unread: '未读',
  markAll: '全部标为已读',
  markingAll: '正在标记……',
  markedAll: '已全部标为已读。',
  empty: '还没有通知。',
  emptyHint: '有空位请您确认、预约审核有结果、活动有变动时，会在这里告诉您。',
  more: '加载更多',
  loadingMore: '正在加载……',
  moreFailed: '没能加载更多，请再试一次。',
  end: '没有更早的通知了',
  when: {
    justNow: '刚刚',
    minutes: '{n} 分钟前',
    today: '今天 {time}',
    yesterday: '昨天 {time}',
    day: '{day} {time}',
  },
}
