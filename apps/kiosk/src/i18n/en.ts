import type zhCN from './zh-CN'
import phone from '../features/booking/messages/en'
import account from '../features/account/messages/en'
import kiosk from '../features/boards/messages/en'
import participation from '../features/participation/messages/en'
import notifications from '../features/notifications/messages/en'
import notificationSettings from '../features/notification-settings/messages/en'

const en: typeof zhCN = {
  app: { title: 'Linli · Lobby screen' },
  pick: {
    title: 'Choose the service center this screen shows',
    hint: 'The screen keeps showing the chosen center.',
    loading: 'Loading service centers…',
    empty: 'There are no service centers yet. Add one in the admin app first.',
    rooms: '{n} rooms',
  },
  lobby: {
    loading: 'Loading the center…',
    errorTitle: 'The center cannot be shown right now',
    errorBody: 'Please wait: the screen retries every 10 seconds.',
  },
  room: {
    floor: 'Floor {n}',
    basement: 'Basement {n}',
    ground: 'Ground floor',
    capacity: 'Seats {n}',
  },
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

export default en
