import phone from '../features/booking/messages/zh-CN'
import account from '../features/account/messages/zh-CN'
import kiosk from '../features/boards/messages/zh-CN'
import participation from '../features/participation/messages/zh-CN'
import notifications from '../features/notifications/messages/zh-CN'
import notificationSettings from '../features/notification-settings/messages/zh-CN'

export default {
  app: { title: '邻里 · 大厅屏' },
  pick: {
    title: '请选择本屏幕显示的服务中心',
    hint: '选择后，屏幕将一直显示该中心的信息。',
    loading: '正在读取服务中心……',
    empty: '还没有服务中心。请先在管理后台添加。',
    rooms: '{n} 个功能室',
  },
  lobby: {
    loading: '正在读取中心信息……',
    errorTitle: '暂时无法显示中心信息',
    errorBody: '请稍候，屏幕会每 10 秒自动重试。',
  },
  room: {
    floor: '{n} 楼',
    basement: '地下 {n} 层',
    ground: '首层',
    capacity: '可容纳 {n} 人',
  },
  // The residents' phone pages (/m/…), kept beside their features.
  m: phone,
  account,
  // The wall screens: pairing, lobby, door and week boards.
  kiosk,
  // Activity sign-up, my registrations, activity check-in and volunteering (phone pages and lobby QR cards).
  participation,
  // The bell and the inbox of the phone pages.
  notifications,
  // 通知设置 and the unsubscribe page.
  notificationSettings,
}
