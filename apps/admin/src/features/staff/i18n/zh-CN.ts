/** Chinese texts of staff management (人员管理), merged into src/i18n/zh-CN.ts. */
const staffZh = {
  staff: {
    title: '人员管理', new: '新增人员', editTitle: '编辑人员', created: '已新增“{name}”',
    username: '用户名', name: '姓名', role: '角色', scope: '管辖范围', status: '状态', password: '初始密码', you: '本人',
    active: '启用', inactive: '停用', activate: '启用', deactivate: '停用',
    usernameRequired: '请输入用户名', usernameRule: '3–32 位小写字母、数字或 . _ -，以字母或数字开头',
    nameRequired: '请输入姓名', scopeRequired: '请选择管辖范围', pickCenter: '选择中心', pickRegion: '选择区域',
    endsSessions: '保存后，此人会在所有设备上立即退出登录，需要重新登录。',
    deactivateConfirm: '停用后“{name}”会在所有设备上立即退出登录，并且不能再登录，直到重新启用。确定停用吗？',
    activateConfirm: '启用后“{name}”可以用原来的密码重新登录。确定启用吗？',
    deactivated: '已停用“{name}”，其登录已全部结束', activated: '已启用“{name}”',
    resetPassword: '重置密码', resetTitle: '重置“{name}”的密码',
    resetHint: '重置后，此人会在所有设备上立即退出登录。请把新密码当面告知本人。',
    passwordReset: '已重置“{name}”的密码，其登录已全部结束',
    sessionsHint: '停用、更改角色或管辖范围、重置密码后，此人会在所有设备上立即退出登录。',
    empty: '暂无人员',
  },
}

/** Error texts by API code, merged into `errors`. */
export const staffErrorsZh = {
  own_account: '不能更改自己的角色、管辖范围，也不能停用自己的账号',
  invalid_scope: '管辖范围与角色不符：区级管理员须选择区域，中心人员须选择中心',
  duplicate_username: '用户名已被使用，请换一个',
}

export default staffZh
