import { roomMessages } from '@linli/web-shared'
import type zhCN from './zh-CN'
import phone from './m.en'
import account from './account.en'
import accountPage from './account-page.en'
import participation from './participation.en'
import notifications from './notifications.en'
import notificationSettings from './notification-settings.en'
import family from './family.en'
import proposals from './proposals.en'

const en: typeof zhCN = {
  room: roomMessages.en,
  m: phone,
  account,
  accountPage,
  participation,
  notifications,
  notificationSettings,
  family,
  // 居民提议: proposing an activity and 我的提议.
  proposals,
}

export default en
