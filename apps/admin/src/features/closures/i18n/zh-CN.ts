/** Chinese texts of 闭馆安排 (closures and national holidays), merged into src/i18n/zh-CN.ts. */
const closuresZh = {
  closures: {
    nav: '闭馆安排', title: '闭馆安排', center: '中心', pickCenter: '请选择中心', noCenter: '暂无可管理的中心。',
    new: '新增闭馆', tag: '闭馆', tagReason: '闭馆：{reason}', empty: '暂无今后的闭馆安排', deleted: '已删除闭馆安排，该时段恢复可预约',
    deleteConfirm: '删除“{reason}”（{when}）？已取消的预约不会恢复。',
    list: { when: '时间', scope: '范围', reason: '原因（居民可见）', wholeCenter: '整个中心', allDay: '全天' },
    holidays: {
      title: '国家法定节假日', follow: '跟随国家法定节假日',
      followHint: '开启后，法定节假日闭馆；调休上班日按所替换的工作日开放时间开放。',
      on: '已开启跟随国家法定节假日', off: '已关闭跟随国家法定节假日',
      date: '日期', name: '节日', kind: '类型', holiday: '放假', makeup: '调休上班', status: '本中心',
      closed: '闭馆', openAnyway: '照常开放', hoursOf: '按{weekday}开放时间', keepOpen: '照常开放', closeAgain: '改为闭馆',
      empty: '今后一年暂无法定节假日数据',
      weekdays: { 1: '周一', 2: '周二', 3: '周三', 4: '周四', 5: '周五', 6: '周六', 7: '周日' },
    },
    form: {
      title: '新增闭馆', scope: '范围', wholeCenter: '整个中心', room: '房间', dates: '日期', startDate: '开始日期', endDate: '结束日期',
      allDay: '全天', startTime: '开始时间', endTime: '结束时间', reason: '原因（居民可见）', reasonPlaceholder: '例如：闭馆：设备检修',
      next: '下一步', back: '返回修改', save: '保存', checking: '正在查看受影响的预约和活动…',
      noneAffected: '这段时间内没有预约和活动场次，保存后即生效。',
      affected: '这段时间内有 {bookings} 个预约、{dates} 个活动场次：',
      bookings: '预约', activityDates: '活动场次', signedUp: '{n} 人报名', decision: '如何处理这些预约和活动场次？',
      cancel: '取消并通知', keep: '保留', move: '改期',
      moveHint: '为每个活动场次选择新的开始时间（时长和房间不变），为每个预约选择同一时间的其他房间。任何一项不可用时都不会保存，并列出冲突。',
      moveDateTo: '{title} 改到', moveBookingTo: '{room} {time} 的预约改到', pickRoom: '选择房间',
      moveIncomplete: '请为每个活动场次选择时间、为每个预约选择房间',
      savedMoved: '已保存闭馆安排，已改期 {bookings} 个预约、{dates} 个活动场次并通知居民',
      cancelHint: '取消这些预约和活动场次，并通知相关居民（原因即为闭馆原因）。',
      keepHint: '保留它们（例如闭馆正是为了这场活动），闭馆只拒绝新的预约。',
      decisionRequired: '请选择“取消并通知”“改期”或“保留”',
      saved: '已保存闭馆安排', savedCancelled: '已保存闭馆安排，已取消 {bookings} 个预约、{dates} 个活动场次并通知居民',
      problems: {
        datesRequired: '请选择开始和结束日期', endBeforeStart: '结束日期不能早于开始日期', inPast: '闭馆结束日期已经过去',
        timesRequired: '请选择开始和结束时间', endTimeBeforeStart: '同一天内结束时间需晚于开始时间',
        reasonRequired: '请填写原因，居民会看到', reasonTooLong: '原因不能超过 100 个字',
      },
    },
  },
}

export default closuresZh
