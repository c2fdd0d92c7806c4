/** The room editor's 开放时间 section. */
export default {
  roomHours: {
    tab: '开放时间', basics: '基本信息', mode: '开放时间', follow: '跟随中心', own: '单独设置',
    followHint: '与中心开放时间相同：{hours}', ownHint: '本房间的开放时间替代中心的时间（例如健身房 06:00 开放），中心全天不开放的日子除外。',
    weekdays: ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
    closed: '不开放', opens: '开始', closes: '结束', addInterval: '添加时段', removeInterval: '删除时段',
    copyCenter: '按中心时间填入', exceptions: '特殊日期', addException: '添加特殊日期', date: '日期',
    closedAllDay: '全天不开放', removeException: '删除', noExceptions: '没有特殊日期',
    centerClosed: '中心不开放', inverted: '{day}：结束时间须晚于开始时间',
  },
}

export const roomErrorsZh = {
  invalid_room_hours: '{detail}',
  outside_room_hours: '{detail}',
  room_closed: '{detail}',
}
