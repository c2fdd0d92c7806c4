// Words both apps show, kept free of imports so an app's i18n (in its entry chunk) pulls in nothing else.

/** The words for `floorMessage()` keys and a room's size (room.*), the same on the screens and the phones. */
export const roomMessages = {
  'zh-CN': { floor: '{n} 楼', basement: '地下 {n} 层', ground: '首层', capacity: '可容纳 {n} 人' },
  en: { floor: 'Floor {n}', basement: 'Basement {n}', ground: 'Ground floor', capacity: 'Seats {n}' },
}

/** The words for `seatText()` keys (participation.seats.*): the lobby's sign-up codes and the phone's list say the same. */
export const seatMessages = {
  'zh-CN': {
    left: '余 {n} 个名额',
    full: '已满·可候补',
    fullWaiting: '已满·可候补（{n} 人候补中）',
    unlimited: '不限名额',
    closed: '报名已截止',
  },
  en: {
    left: '{n} seats left',
    full: 'Full · waiting list open',
    fullWaiting: 'Full · waiting list open ({n} waiting)',
    unlimited: 'No limit',
    closed: 'Sign-up closed',
  },
}

/** The words for closure lines (closure.*), the same on the screens and the phones. */
export const closureMessages = {
  'zh-CN': {
    centerClosed: '闭馆',
    roomPaused: '{room} 暂停开放',
    thisRoomPaused: '暂停开放',
    today: '今日',
    todayClosed: '今日闭馆',
    todayPaused: '今日暂停开放',
    title: '闭馆安排',
    upcoming: '近期闭馆安排',
    reason: '原因：{reason}',
    more: '等 {n} 项',
  },
  en: {
    centerClosed: 'Closed',
    roomPaused: '{room} closed',
    thisRoomPaused: 'Closed',
    today: 'Today',
    todayClosed: 'Closed today',
    todayPaused: 'Closed today',
    title: 'Closures',
    upcoming: 'Coming closures',
    reason: 'Reason: {reason}',
    more: '+{n} more',
  },
}
