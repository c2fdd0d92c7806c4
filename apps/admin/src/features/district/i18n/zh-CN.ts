/** Chinese texts of the district view (区级总览): the calendar and the screens across every center in scope. */
const districtZh = {
  district: {
    calendarNav: '全区日历', screensNav: '全区大屏',
    calendarTitle: '全区活动日历', screensTitle: '全区大屏状态',
    subdistrict: '街道', allSubdistricts: '全部街道', category: '类别', allCategories: '全部类别',
    audience: '面向人群', allAudiences: '全部人群', showBookings: '显示房间预约',
    view: '视图', day: '日', week: '周', previous: '上一{unit}', next: '下一{unit}', today: '今天', date: '日期',
    dayHeading: '{date}（{count} 项）', noItems: '这一天没有活动', empty: '所选范围内没有活动，可以换个日期或放宽筛选条件',
    time: '时间', title: '活动', center: '中心', place: '地点', kind: '类型', status: '状态',
    activity: '活动', booking: '预约', cancelled: '已取消', scheduled: '正常',
    bookingTitle: '房间预约：{purpose}（{headcount} 人）',
    summary: '{centers} 个中心，{items} 项活动', summaryBookings: '，{bookings} 项预约',
    truncated: '结果太多，只显示了最早的一部分：请缩短日期范围或增加筛选条件',
    noRegion: '您的账号没有管辖区域，无法查看全区总览',
    screensSummary: '共 {total} 块大屏：在线 {online}，离线 {offline}',
    screensEmpty: '辖区内还没有配对的大屏', name: '名称', layout: '版式', lastSeen: '最近在线', appVersion: '版本',
    offlineOnly: '只看离线',
    pollHint: '列表每 30 秒自动刷新。',
    report: {
      categories: '活动类别（全区）', audiences: '目标人群参与率', targetAudience: '目标人群',
      audience: '人群', groups: '标记的群体', members: '群体成员', attended: '参与过的成员', rate: '参与率',
      rateOf: '{audience}：{rate}（{members} 人中 {attended} 人参与）',
      noGroup: '{audience}：区内还没有标记为这一人群的目标群体，无法计算参与率',
      definition: '参与率 = 期间内至少签到过一次区内活动的成员 ÷ 区内各中心标记为该人群的目标群体的成员（期末前加入，同一人只计一次）。居民资料不含年龄等信息，分母因此取中心登记的群体成员，而不是辖区常住人口；可在“居民参与 → 目标群体”中为群体选择它代表的人群。',
    },
  },
}

export default districtZh
