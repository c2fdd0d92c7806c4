/** Chinese texts of the reports (数据报表), merged into src/i18n/zh-CN.ts. */
const reportsZh = {
  reports: {
    title: '数据报表', scope: '报表范围', scopes: { center: '中心报表', region: '区域对比' },
    center: '中心', pickCenter: '请选择中心', region: '区域', pickRegion: '请选择区域',
    coBuilding: '区域化党建', platform: '平台与纪实', range: '统计时段', from: '开始日期', to: '结束日期',
    presets: { thisMonth: '本月', lastMonth: '上月', thisQuarter: '本季度', thisYear: '今年' },
    group: '目标人群', pickGroup: '全部居民（不计参与率）',
    empty: '该时段暂无数据', noCenter: '暂无可查看的中心', noRegion: '暂无可查看的区域',
    loadFailed: '报表加载失败', tooLong: '统计时段最长 {days} 天（两年），请缩短时段', print: '打印月报', printMonth: '月份',
    updated: '统计时段 {from} 至 {to}',
    kpi: {
      activitiesHeld: '开展活动', people: '参与人数', personTimes: '参与人次', participationRate: '目标人群参与率',
      roomUtilisation: '房间使用率', bookings: '预约', noShows: '未到场', lateCancellations: '迟取消',
      serviceReceived: '受理民情', serviceClosingRate: '办结率', volunteerHours: '志愿服务时长', centers: '中心数',
      residents: '注册居民', staff: '工作人员', recordsPublished: '发布活动纪实', recordViews: '纪实浏览量',
      coUnits: '共建单位', agreementsSigned: '新签共建协议', agreementsInForce: '有效共建协议', jointMeetings: '联席会议', problemsRaised: '提出问题', problemsSolved: '解决问题', jointServices: '联合服务项目',
    },
    hints: {
      pickGroup: '选择目标人群后显示', participationOf: '{group}：{attended} / {members} 人参加过活动',
      closingRate: '已办结 / 登记转办',
      lateCancellations: '预约 {bookings} 次 · 活动报名 {registrations} 次',
    },
    units: {
      units: '家', agreements: '份', meetings: '次', problems: '个', services: '项', activities: '场', people: '人', personTimes: '人次', bookings: '次', requests: '件', hours: '小时', centers: '个', activitiesOrHours: '场 / 小时', records: '篇', views: '次',
    },
    charts: {
      participation: '各月各类活动参与人次', trend: '参与人次趋势', rooms: '房间使用率', byRoom: '按房间', byKind: '按类型',
      bookings: '预约情况', service: '民情办理', serviceCategories: '民情类别', volunteers: '志愿服务',
      centers: '各中心对比', regionTrend: '区域月度趋势', compareBy: '对比指标', closingRate: '办结率 {rate}',
    },
    columns: {
      month: '月份', category: '类别', activitiesHeld: '活动场次', people: '人数', personTimes: '人次',
      room: '房间', kind: '类型', rooms: '房间数', openHours: '开放小时', bookedHours: '预约小时',
      usedHours: '使用小时', utilisation: '使用率', total: '合计', count: '数量', item: '项目', value: '数值',
      serviceCategory: '类别', volunteerHours: '志愿服务小时', volunteerMembers: '服务人数', points: '积分',
      center: '中心', roomUtilisation: '房间使用率', bookings: '预约', noShows: '未到场',
      serviceReceived: '受理民情', serviceClosingRate: '办结率',
    },
    service: { received: '受理', resolvedOnSpot: '当场办结', transferred: '登记转办', closed: '已办结', closingRate: '办结率' },
    serviceCategories: {
      policy: '政策咨询', social_security: '社保医保', legal_aid: '法律援助', family_mediation: '家事调解', property: '物业管理',
      environment: '环境卫生', employment: '就业创业', elderly_care: '养老服务', other: '其他',
    },
    export: { csv: 'CSV', xlsx: 'Excel', title: '下载表格', failed: '导出失败：{message}' },
    table: { show: '查看数据表', hide: '收起数据表' },
    aria: { sentence: '{title}：{rows}。', fieldSeparator: '，', rowSeparator: '；' },
    printPage: {
      title: '{center} {month} 月度工作报表', subtitle: '统计时段：{from} 至 {to}', generated: '生成时间：{time}',
      summary: '主要指标', back: '返回报表', print: '打印', hint: '打印时请选择 A4 纵向；页眉页脚可在打印设置中关闭。',
      noMonth: '请选择月份', participation: '活动参与', rooms: '房间使用', service: '民情办理', volunteers: '志愿服务',
    },
  },
}

export default reportsZh
