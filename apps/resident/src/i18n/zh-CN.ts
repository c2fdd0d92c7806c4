import { closureMessages, roomMessages } from '@linli/web-shared'
import phone from './m.zh-CN'
import account from './account.zh-CN'
import accountPage from './account-page.zh-CN'
import participation from './participation.zh-CN'
import notifications from './notifications.zh-CN'
import notificationSettings from './notification-settings.zh-CN'
import family from './family.zh-CN'
import proposals from './proposals.zh-CN'
import approvals from './approvals.zh-CN'
import records from './records.zh-CN'
import centerCheckIn from './center-check-in.zh-CN'

export default {
  room: roomMessages['zh-CN'],
  // 闭馆 / 暂停开放 on the center and room pages (the lobby screens say the same).
  closure: closureMessages['zh-CN'],
  // The phone pages' shell, rooms, booking and check-in, and the API's refusals in residents' words.
  m: phone,
  account,
  // 我的账号: profile, number, password, my data, deleting the account.
  accountPage,
  // Activity sign-up, my registrations, activity check-in and volunteering.
  participation,
  // The bell and the inbox.
  notifications,
  // 通知设置 and the unsubscribe page.
  notificationSettings,
  // 家人代办: linking family members and acting for them.
  family,
  // 居民提议: proposing an activity and 我的提议.
  proposals,
  // 审批进度 of a booking waiting for approval.
  approvals,
  // 活动风采: a center's published activity records.
  records,
  // 到馆签到: checking in with the lobby's center-wide code.
  centerCheckIn,
}
