import { closureMessages, roomMessages } from '@linli/web-shared'
import type zhCN from './zh-CN'
import phone from './m.en'
import account from './account.en'
import accountPage from './account-page.en'
import participation from './participation.en'
import notifications from './notifications.en'
import notificationSettings from './notification-settings.en'
import family from './family.en'
import proposals from './proposals.en'
import approvals from './approvals.en'
import records from './records.en'
import centerCheckIn from './center-check-in.en'

const en: typeof zhCN = {
  room: roomMessages.en,
  // 闭馆 / 暂停开放 on the center and room pages (the lobby screens say the same).
  closure: closureMessages.en,
  m: phone,
  account,
  accountPage,
  participation,
  notifications,
  notificationSettings,
  family,
  // 居民提议: proposing an activity and 我的提议.
  proposals,
  // 审批进度 of a booking waiting for approval.
  approvals,
  // 活动风采: a center's published activity records.
  records,
  centerCheckIn,
}

export default en
