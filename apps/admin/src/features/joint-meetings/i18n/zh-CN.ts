/** Chinese texts of 联席会议 (joint meetings with the co-building units), merged into src/i18n/zh-CN.ts. */
const jointMeetingsZh = {
  jointMeetings: {
    nav: '联席会议', title: '联席会议', create: '新增会议', refresh: '刷新', retry: '重试', noScope: '您的账号没有所属中心或区域，无法查看联席会议。',
    list: {
      time: '会议时间', title: '会议名称', owner: '召开单位', attendees: '出席单位', problems: '提出问题', solved: '已解决', actions: '操作',
      open: '详情', edit: '编辑', delete: '删除', empty: '还没有联席会议记录，点击“新增会议”记录第一次会议',
    },
    form: {
      newTitle: '新增联席会议', editTitle: '编辑联席会议', owner: '召开单位', title: '会议名称', time: '会议时间', location: '地点', units: '出席单位',
      unitsPlaceholder: '选择出席的共建单位（可多选）', noUnits: '还没有可选的共建单位，请先在“共建单位”中登记', minutes: '会议纪要',
      ownerRequired: '请选择召开会议的中心或区域', titleRequired: '请填写会议名称', titleTooLong: '会议名称不超过 80 个字', timeRequired: '请选择会议时间',
      unchanged: '没有修改', saved: '已保存「{name}」',
    },
    detail: {
      time: '时间', location: '地点', owner: '召开单位', attendees: '出席单位', noAttendees: '未登记出席单位', minutes: '会议纪要', noMinutes: '暂无纪要',
      problems: '提出的问题', noProblems: '还没有记录问题', addProblem: '记录问题', problemPlaceholder: '会上提出的问题（不超过 500 字）',
      problemRequired: '请填写问题', problemAdded: '已记录问题', edit: '编辑会议', delete: '删除会议', loadFailed: '会议加载失败',
    },
    problem: {
      description: '问题', status: '状态', assignee: '交办给', owner: '负责人', resolution: '解决情况', actions: '操作',
      assign: '交办', reassign: '改派', solve: '标记解决', solvedOn: '{date} 解决',
    },
    statuses: { raised: '已提出', assigned: '已交办', solved: '已解决' },
    assign: {
      title: '交办问题', to: '交办给', unit: '共建单位', center: '中心', pickUnit: '选择共建单位', pickCenter: '选择中心', owner: '负责人（可选）',
      ownerPlaceholder: '如：王经理', assigneeRequired: '请选择交办的单位或中心', done: '已交办给 {name}',
    },
    solve: {
      title: '标记问题已解决', resolution: '解决情况', solvedOn: '解决日期', resolutionRequired: '请填写解决情况', dateRequired: '请选择解决日期', done: '已标记解决',
    },
    confirm: {
      delete: '确定删除联席会议「{name}」吗？出席记录和会上提出的问题都会一并删除，无法恢复。', deleteTitle: '删除联席会议', ok: '删除', cancel: '取消',
    },
    deleted: '已删除「{name}」',
    /** Refusals whose shared text (errors.*) speaks of another feature. */
    errors: {
      invalid_transition: '问题状态已变化（可能已有人处理）：已解决的问题不能再交办，未交办的问题不能标记解决。请刷新后再试',
      not_found: '该会议或问题已被删除，请刷新列表',
    },
  },
}

export default jointMeetingsZh
