/** Chinese texts of 通知记录 (what residents were told, over which channel, and what failed), merged into src/i18n/zh-CN.ts. */
const notificationsZh = {
  notifications: {
    title: '通知记录', center: '中心', pickCenter: '请选择中心', noCenter: '暂无可查看的中心。',
    kinds: {
      seat_offered: '候补到位', offer_lapsing: '名额即将过期', offer_lapsed: '保留名额已过期',
      booking_received: '预约已提交', booking_approved: '预约通过', booking_rejected: '预约未通过', booking_cancelled: '预约被取消',
      booking_expired: '预约申请失效', booking_no_show: '预约未签到释放', booking_reminder: '预约提醒',
      signup_confirmed: '报名成功', activity_date_cancelled: '活动取消', activity_date_moved: '活动改期', activity_reminder: '活动提醒',
      check_in_open: '开放签到', center_emergency: '临时闭馆',
      proposal_question: '提议提问', proposal_accepted: '提议已采纳', proposal_declined: '提议未采纳',
      booking_step_approved: '预约通过初审', booking_escalated: '预约已上报', booking_moved: '预约已换房间',
    },
    channels: { in_app: '站内', web_push: '推送', sms: '短信' },
    statuses: { pending: '待发送', sent: '已发送', failed: '重试中', dead: '发送失败', skipped: '未发送' },
    columns: {
      time: '时间', resident: '居民', kind: '类型', title: '标题', channel: '渠道', status: '状态', attempts: '尝试次数', readAt: '已读',
    },
    filters: {
      resident: '居民', allResidents: '全部居民', residentHint: '可选列表中出现过的居民，或点击表格中的姓名',
      kind: '通知类型', allKinds: '全部类型', channel: '渠道', allChannels: '全部渠道', status: '状态', allStatuses: '全部状态',
      range: '日期', from: '开始日期', to: '结束日期', today: '今天', lastWeek: '最近 7 天', lastMonth: '最近 30 天',
      rangeTooLong: '最多查询 366 天', clear: '清除筛选', onlyResident: '只看 {name} 的通知',
    },
    nextAttempt: '下次重试 {time}', reason: '原因：{reason}', unread: '未读', total: '共 {n} 条', empty: '没有符合条件的通知记录',
    resend: '重发', resendTitle: '重发通知', resendConfirm: '确定通过“{channel}”重新给 {name} 发送“{title}”吗？尝试次数将重新计算。',
    resent: '已重新排队发送', notResendable: '这条通知已送达或仍在排队发送，列表已刷新',
    reasons: {
      gaveUp: '重试 {n} 次后放弃：{reason}', not_configured: '本服务器未开通该渠道', opted_out: '居民已关闭该渠道',
      daily_cap: '已达当天发送上限', deactivated: '居民账号已停用', quiet_hours: '处于免打扰时段', no_subscription: '居民未开启推送', no_template: '该类通知未配置短信模板',
    },
    health: {
      title: '发送状态（全系统）', channels: '渠道', on: '已开通', not_configured: '未配置', backlog: '待发送 {n} 条',
      oldest: '，最早一条已等待 {age}', noBacklog: '没有积压', dead: '发送失败 {n} 条', unavailable: '暂时无法读取发送状态',
      age: { seconds: '{n} 秒', minutes: '{n} 分钟', hours: '{n} 小时', days: '{n} 天' },
    },
  },
}

export default notificationsZh
