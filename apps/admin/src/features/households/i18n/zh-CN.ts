/** Chinese texts of 家庭与组织 (households and organisations), merged into src/i18n/zh-CN.ts. */
const householdsZh = {
  households: {
    nav: '家庭与组织', title: '家庭与组织', center: '中心', pickCenter: '请选择中心', noCenter: '暂无可管理的中心。',
    tabs: { households: '家庭', organisations: '组织' },
    loadFailed: '加载失败：{message}',
    members: '成员', addMember: '添加成员', removeMember: '移出 {name}', removeConfirm: '确定把“{name}”移出“{group}”吗？',
    pickResident: '在本中心居民名单中搜索（姓名或手机号后 4 位）', noResidents: '没有找到居民：只能添加本中心名单中的居民',
    quota: '每周限额', quotaUnit: '次/周', noQuota: '不限', quotaLimited: '设每周限额', quotaNone: '不另设限额（只按每位居民的限额）',
    quotaHelp: '全体成员合计，每周在本中心最多预约几次', quotaRule: '每周限额须为 1 到 100 的整数',
    household: {
      new: '新建家庭', newTitle: '新建家庭', editTitle: '编辑家庭', name: '户名 / 住址', namePlaceholder: '例如：幸福里 3 号楼 2 单元 501',
      empty: '本中心还没有登记家庭。同一住址的居民可以登记为一户，共用每周预约限额。',
      hint: '一位居民只能属于一户。家人代办关联不会自动成户，可在“居民 → 家人代办”中一键设为同一户。',
      dissolve: '解散', dissolveConfirm: '确定解散“{name}”吗？成员仍是本中心居民，只是不再合计限额。', dissolved: '已解散',
      created: '已登记“{name}”', nameRequired: '请输入户名或住址',
      fromLink: '设为同一户', fromLinkDone: '已把两人登记为同一户：“{name}”',
    },
    organisation: {
      new: '新建组织', newTitle: '新建组织', editTitle: '编辑组织', name: '组织名称', namePlaceholder: '例如：夕阳红合唱团',
      contactName: '联系人', contactPhone: '联系电话', publish: '名称可公开', publishHelp: '允许在大屏和手机页上显示组织名称（仍需预约时选择“公开”）',
      published: '可公开', private: '不公开', scope: '范围', ofCenter: '本中心', ofRegion: '全区域（区级设置）',
      empty: '本中心还没有组织。以组织名义预约的居民须是该组织的成员。',
      created: '已添加“{name}”', nameRequired: '请输入组织名称', phoneRule: '请输入 11 位手机号（以 1 开头）',
      remove: '删除', removeConfirm: '确定删除“{name}”吗？已有预约的组织不能删除。', removed: '已删除', regionReadOnly: '区域组织由区级管理员管理',
      pick: '预约组织', pickPlaceholder: '选择组织（可不选）',
    },
  },
}

/** Error texts by API code, merged into `errors`. */
export const householdErrorsZh = {
  resident_in_other_household: '该居民已属于另一户，请先从那一户移出',
  household_quota_reached: '这一户本周在本中心的预约次数已达上限',
  organisation_quota_reached: '该组织本周的预约次数已达上限',
  organisation_not_member: '只能以自己所属组织的名义预约，请服务台先把居民加入该组织',
  organisation_not_here: '该组织不在本中心预约',
}

export default householdsZh
