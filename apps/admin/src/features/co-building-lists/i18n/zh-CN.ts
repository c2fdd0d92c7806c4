/** Chinese texts of 共建清单 and 联席会议, merged into src/i18n/zh-CN.ts. */
const coBuildingListsZh = {
  coLists: {
    nav: '共建清单', title: '共建清单', scope: '范围', pickScope: '请选择中心或区域', noScope: '暂无可管理的中心或区域。',
    tabs: { resources: '资源清单', needs: '需求清单', projects: '项目清单' },
    kinds: { room: '场地房间', venue: '活动阵地', funds: '资金', experts: '专家人才', volunteers: '志愿者', other: '其他' },
    resourceStatuses: { available: '可用', matched: '已对接', retired: '停用' },
    needStatuses: { open: '待对接', matched: '已对接', done: '已完成', closed: '已关闭' },
    projectStatuses: { preparing: '筹备中', active: '进行中', completed: '已完成', terminated: '已终止' },
    col: { unit: '驻区单位', kind: '类型', description: '内容', quantity: '数量', status: '状态', title: '名称', owner: '所属', resources: '资源', needs: '需求', started: '开始', completed: '完成', updated: '更新时间' },
    add: { resource: '登记资源', need: '发布需求', project: '新建项目' },
    form: { unit: '驻区单位', kind: '资源类型', description: '内容', quantity: '数量（可选）', title: '名称', needDescription: '说明（可选）', resources: '对接资源', needs: '对应需求' },
    status: '状态', setStatus: '改为', delete: '删除', save: '保存', cancel: '取消',
    empty: { resources: '还没有资源', needs: '还没有需求', projects: '还没有项目' },
    confirmDelete: '确定删除“{name}”吗？删除后无法恢复。', saved: '已保存', deleted: '已删除', adminOnly: '资源由驻区单位所在区域的管理员登记',
    scopeRegions: '区域', scopeCenters: '中心',
    filter: { label: '按状态筛选', all: '全部状态' }, emptyFiltered: '没有该状态的记录',
    setStatusTo: '改为{status}', statusChanged: '“{name}”已改为{status}',
    confirmFinal: '确定将“{name}”改为{status}吗？改后不能再更改状态。', confirmFinalTitle: '更改状态', confirmOk: '确定更改',
    dialog: { newResource: '登记资源', editResource: '编辑资源', newNeed: '发布需求', editNeed: '编辑需求', newProject: '新建项目', editProject: '编辑项目' },
    rules: {
      unit: '请选择驻区单位', kind: '请选择资源类型', description: '请填写资源内容', title: '请填写名称',
      resources: '请至少选择一项对接资源', needs: '请至少选择一项对应需求', tooMany: '最多选择 20 项',
    },
    ownerHint: '登记在“{name}”名下', noUnits: '还没有与该范围共建的驻区单位，请先在“共建单位”中登记单位',
    noResources: '没有可对接的资源（停用的资源不能对接）', noNeeds: '没有可对接的需求（已完成或已关闭的需求不能对接）',
    projectHint: '创建后，所选的待对接需求和可用资源会变为“已对接”。对接的资源和需求创建后不能再更改。',
    linksFixed: '对接的资源和需求创建后不能更改',
    errors: { invalidTransition: '状态已变化或不允许这样更改，未保存；列表已刷新，请重新操作' },
  },
}
export default coBuildingListsZh

/** What the API's refusals of the three lists and joint meetings mean, for src/i18n/zh-CN.ts `errors`. */
export const coBuildingListErrorsZh = {
  owner_required: '请选择一个中心或一个区域（只能选其一），未保存',
  unit_not_here: '所选驻区单位不与该中心或区域共建，未保存',
  need_not_here: '所选需求不属于该中心或区域，未保存',
  resource_not_here: '所选资源不是与该中心或区域共建单位提供的，未保存',
  need_not_open: '已完成或已关闭的需求不能再对接，未保存',
  resource_retired: '已停用的资源不能对接，未保存',
  in_project: '已有项目使用它，不能删除；请改为停用或关闭',
  project_under_way: '进行中或已完成的项目要计入统计，不能删除；请改为终止',
  assignee_required: '请选择交办的一个驻区单位或一个中心',
  assignee_not_here: '所选中心不属于本次会议的范围，未保存',
  solved_in_future: '解决日期不能晚于今天',
}
