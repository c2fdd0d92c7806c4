/** Chinese texts of the quarterly assessment (季度考核), merged into src/i18n/zh-CN.ts. */
export default {
  assessment: {
    nav: '季度考核', title: '季度考核', quarter: '考核季度', scheme: '考核方案', indicator: '指标', weight: '权重', target: '目标值',
    weightSum: '权重合计 {sum} / 100', addIndicator: '添加指标', remove: '删除', saveScheme: '保存方案', saved: '方案已保存',
    ranking: '排名', rank: '排名', center: '服务中心', score: '总分', actual: '实际', points: '得分', breakdown: '得分明细',
    open: '进行中（实时计算）', closed: '已结束（{time}，分数已冻结）', noScheme: '尚未设置考核方案', empty: '暂无中心',
    export: '导出', exportXlsx: 'Excel', exportCsv: 'CSV', print: '打印', close: '结束本季度',
    confirmClose: '结束 {quarter} 的考核后，各中心分数将被冻结，不再重新计算，此后修改方案也不会改变它。确定结束吗？',
    confirmCloseCurrent: '结束 {quarter} 的考核后，各中心分数将被冻结，不再重新计算；考核方案在下一季度开始前不能修改。确定结束吗？',
    schemeLocked: '本季度（{quarter}）考核已于 {time} 结束，分数已冻结。考核方案在本季度内不能修改，{next} 开始（{from}）后方可调整。',
    schemeEarlier: '{quarter} 考核已于 {time} 结束，分数已按当时的方案冻结，保存方案不会改变它；保存的方案用于 {current} 及其他尚未结束的季度。',
    confirm: '确定结束', cancel: '取消', closedDone: '{quarter} 考核已结束', failed: '操作失败：{message}',
    units: { percent: '%', hours: '小时', count: '' },
    indicators: {
      activities_held: '开展活动（场）', people: '参与人数', person_times: '参与人次', room_utilisation: '房间使用率（%）',
      service_closing_rate: '民情办结率（%）', volunteer_hours: '志愿服务时长（小时）', records_published: '发布活动纪实（篇）',
      record_views: '纪实浏览量', bookings: '预约（次）',
    },
    rule: '每项得分 = min(实际 ÷ 目标, 1) × 权重；达到目标即得满分，超出不再加分。同分同名次。',
  },
}

/** What the API's refusals of the assessment mean, for src/i18n/zh-CN.ts `errors`. */
export const assessmentErrorsZh = {
  weights_not_hundred: '各项指标的权重合计须为 100，未保存',
  duplicate_indicator: '同一指标只能选一次，未保存',
  quarter_closed: '该季度考核已结束，分数已冻结，不能修改方案或重新计算',
  no_scheme: '请先设置考核方案，再结束本季度',
  quarter_not_started: '该季度尚未开始',
}
