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
