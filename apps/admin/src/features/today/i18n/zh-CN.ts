/** Chinese texts of the 今日 page, merged into src/i18n/zh-CN.ts. */
const todayZh = {
  today: {
    title: '今日', center: '中心', pickCenter: '请选择中心', noCenter: '暂无可查看的中心。', updated: '更新于 {time} · 每分钟自动刷新',
    now: '正在进行', next: '今天稍后', noNow: '现在没有进行中的活动', noNext: '今天没有更多活动了',
    time: '时间', activity: '活动', place: '地点', signups: '报名', waitlisted: '候补', attendance: '已到场', unlimited: '不限',
    seats: '{taken} / {capacity}', roster: '报名与签到', openRoster: '打开“{title}”的报名与签到',
    bookings: '待签到的预约', noBookings: '今天没有待签到的预约', booker: '预约人', room: '房间', checkInOpens: '签到开放',
    opensAt: '{time} 开放', openNow: '可签到', checkIn: '签到', allBookings: '全部预约',
    requests: '待办民情', requestsOpen: '{n} 件未办结', noRequests: '没有未办结的民情诉求', allRequests: '民情诉求', receivedAt: '{time} 受理',
    occupancy: '在馆人数', occupancyFull: '已满', occupancyNow: '在馆 {n} 人 / 可容纳 {capacity} 人 · {time} 登记',
    occupancyNone: '今天还没有登记 · 可容纳 {capacity} 人', occupancyLabel: '{room}在馆人数', occupancySave: '登记',
    occupancySaved: '已登记{room}在馆 {n} 人',
    screens: '离线大屏', noScreens: '大屏都在线', neverSeen: '从未上线', lastSeen: '最后在线 {time}', allScreens: '大屏管理',
  },
}

export default todayZh
