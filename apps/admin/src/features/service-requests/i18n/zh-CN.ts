/** Chinese texts of 民情诉求 (service requests at the service hall), merged into src/i18n/zh-CN.ts. */
const serviceRequestsZh = {
  serviceRequests: {
    title: '民情诉求', center: '中心', pickCenter: '请选择中心', noCenter: '暂无可管理的中心。',
    categories: {
      policy: '政策咨询', social_security: '社保医保', legal_aid: '法律援助', family_mediation: '家事调解', property: '物业管理',
      environment: '环境卫生', employment: '就业创业', elderly_care: '养老服务', other: '其他',
    },
    statuses: { registered: '已登记', resolved_on_spot: '当场办结', transferred: '已转办', closed: '已办结' },
    figures: { received: '受理', resolvedOnSpot: '当场办结', transferred: '登记转办', closed: '转办后办结', closingRate: '办结率', closingRateHint: '办结率 = 转办后办结 ÷ 登记转办' },
    form: {
      title: '快速登记', category: '类别', description: '诉求内容', descriptionPlaceholder: '居民反映的问题或需求', visitor: '来访人', visitorName: '姓名（可不填）',
      visitorPhone: '电话（可不填）', onSpot: '当场办结', resolution: '办理结果', resolutionPlaceholder: '如何解决的',
      submit: '登记', clear: '清空', logged: '已登记', loggedOnSpot: '已登记并办结',
      needCategory: '请选择类别', needDescription: '请填写诉求内容', descriptionTooLong: '诉求内容不能超过 2000 个字', nameTooLong: '姓名不能超过 40 个字',
      badPhone: '电话格式不对（5-20 位数字，可含 + - 括号 空格）', needResolution: '当场办结须填写办理结果',
    },
    list: {
      receivedAt: '受理时间', category: '类别', description: '诉求内容', visitor: '来访人', status: '状态', department: '承办部门', resolution: '办理结果',
      anonymous: '未留姓名', outcome: '承办部门 / 办理结果', range: '日期', allStatuses: '全部状态', allCategories: '全部类别', empty: '这段时间没有符合条件的诉求',
      total: '共 {n} 条', lastWeek: '最近 7 天', lastMonth: '最近 30 天', thisMonth: '本月', rangeTooLong: '最多查询 366 天',
    },
    actions: {
      transfer: '转办', close: '办结', resolve_on_spot: '当场办结', transferTitle: '转办诉求', closeTitle: '办结诉求',
      department: '承办部门', departmentPlaceholder: '例如：街道城管科、社区居委会', resolution: '办理结果', resolutionPlaceholder: '最终如何解决的',
      how: '办结方式', howOnSpot: '当场办结（未转办）', howClose: '办结', needDepartment: '请填写承办部门', departmentTooLong: '部门名称不能超过 80 个字',
      needResolution: '请填写办理结果', transferred: '已转办至 {department}', closed: '已办结', resolvedOnSpot: '已当场办结', request: '诉求',
    },
  },
}

export const serviceRequestErrorsZh = {
  invalid_transition: '诉求状态已变化，不能这样办理，请刷新后重试',
  received_in_future: '受理时间不能晚于现在',
  resolution_without_resolving: '只有当场办结才填写办理结果；其他情况请登记后再转办或办结',
  invalid_range: '结束日期不能早于开始日期',
}

export default serviceRequestsZh
