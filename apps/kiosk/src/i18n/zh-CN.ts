import { closureMessages, roomMessages, seatMessages } from '@linli/web-shared'
import kiosk from '../features/boards/messages/zh-CN'

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
  room: roomMessages['zh-CN'],
  // The wall screens: pairing, lobby, door and week boards.
  kiosk,
  // The seats left under a lobby's sign-up codes (seatText keys).
  participation: { seats: seatMessages['zh-CN'] },
  // 闭馆 / 暂停开放 lines on the lobby and door boards.
  closure: closureMessages['zh-CN'],
}
