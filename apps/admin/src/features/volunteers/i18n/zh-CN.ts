/** Chinese texts of volunteer service (志愿服务), merged into src/i18n/zh-CN.ts. */
const volunteersZh = {
  volunteers: {
    title: '志愿服务', center: '中心', pickCenter: '请选择中心', noCenter: '暂无可管理的中心。',
    tabs: { teams: '服务队', members: '志愿者', service: '服务记录', leaderboard: '排行榜预览' },
    hours: '时长（小时）', points: '积分', stars: '星级', starsOf: '{n} 星', hoursUnit: '{n} 小时',
    team: {
      new: '新建服务队', newTitle: '新建服务队', editTitle: '编辑服务队', name: '队名', description: '简介', members: '队员', active: '状态',
      activeOn: '活跃', activeOff: '已停用', deactivate: '停用', activate: '启用', showInactive: '显示已停用',
      deactivateConfirm: '停用“{name}”吗？队员和服务记录都会保留，停用后不再出现在排行榜上。', activateConfirm: '重新启用“{name}”吗？',
      deactivated: '已停用“{name}”', activated: '已启用“{name}”', created: '已创建“{name}”',
      needName: '请填写队名', nameTooLong: '队名不能超过 60 个字', descriptionTooLong: '简介不能超过 500 个字',
      empty: '还没有服务队，点击“新建服务队”添加。', openMembers: '队员',
    },
    member: {
      title: '“{team}”的队员', add: '添加队员', addTitle: '添加队员', editTitle: '编辑队员', name: '姓名', phone: '手机号', team: '服务队',
      alias: '公开昵称', aliasHint: '大屏排行榜上只显示昵称，不显示姓名', aliasPlaceholder: '例如：热心的王阿姨',
      consent: '同意上排行榜', consentHint: '须本人同意，并填写公开昵称', consentYes: '已同意', consentNo: '未同意',
      needPhone: '请输入 11 位手机号（居民须已注册）', aliasTooLong: '昵称不能超过 20 个字', consentNeedsAlias: '同意上榜须填写公开昵称',
      added: '已添加 {name}', saved: '已保存', deactivate: '退出', activate: '恢复', deactivateConfirm: '让 {name} 退出“{team}”吗？服务记录会保留。',
      deactivated: '{name} 已退出', activated: '已恢复 {name}', inactive: '已退出', empty: '这个服务队还没有队员', emptyAll: '还没有志愿者',
      allTeams: '全部服务队', needTeam: '请选择服务队', search: '搜索姓名、手机号或昵称', showInactive: '显示已退出',
    },
    service: {
      add: '补录服务', addTitle: '补录服务记录', member: '志愿者', pickMember: '选择志愿者', date: '日期', time: '开始时间', duration: '时长',
      hoursUnit: '小时', minutesUnit: '分钟', hoursLabel: '时长（小时）', minutesLabel: '时长（分钟）', note: '备注', notePlaceholder: '例如：协助义诊登记', activity: '活动', servedAt: '服务时间',
      source: '来源', fromCheckIn: '活动签到', manual: '手工补录', deleteConfirm: '删除 {name} 在 {time} 的 {hours} 小时服务记录吗？积分会一并扣除。',
      added: '已记录 {hours} 小时，{points} 积分', needMember: '请选择志愿者', needWhen: '请选择日期和时间', inFuture: '服务时间不能晚于现在：服务完成后再记录', minutesRange: '时长须在 1 分钟到 24 小时之间',
      noteTooLong: '备注不能超过 200 个字', empty: '这段时间没有服务记录', range: '日期', total: '共 {n} 条，{hours} 小时，{points} 积分',
      rangeTooLong: '最多查询 366 天',
    },
    leaderboard: {
      hint: '这是本中心大屏上排行榜的样子：只显示同意上榜的志愿者的昵称。', disabled: '大屏排行榜未开启', disabledHint: '中心负责人可在“居民参与 → 参与规则”中开启。',
      members: '志愿者积分榜', teams: '服务队', rank: '名次', alias: '昵称', team: '服务队', memberCount: '人数', empty: '还没有同意上榜的志愿者',
    },
  },
}

export const volunteerErrorsZh = {
  already_member: '这位居民已经是该服务队的队员（如已退出，请在队员列表中恢复）',
  team_inactive: '服务队已停用，请先启用再添加队员',
  alias_required: '同意上榜须填写公开昵称',
  alias_reveals_identity: '公开昵称不能包含本人姓名或手机号',
  unknown_member: '找不到这位志愿者',
  served_in_future: '服务时间不能晚于现在：服务完成后再记录',
  unknown_occurrence: '找不到这次活动',
  resident_required: '请填写居民的手机号',
  resident_ambiguous: '请只填写一位居民',
}

export default volunteersZh
