/** Chinese texts of the account menu (修改密码, 退出所有设备), merged into src/i18n/zh-CN.ts. */
const accountZh = {
  account: {
    menu: '账号', changePassword: '修改密码', logoutEverywhere: '退出所有设备',
    currentPassword: '当前密码', newPassword: '新密码', repeatPassword: '再次输入新密码',
    currentRequired: '请输入当前密码', repeatMismatch: '两次输入的新密码不一致',
    changeHint: '修改后，您在所有设备（包括本机）上的登录都会结束，需要用新密码重新登录。',
    changed: '密码已修改，请用新密码重新登录',
    everywhereConfirm: '将结束您在所有设备（包括本机）上的登录，之后需要重新登录。确定吗？',
    signedOutEverywhere: '已在所有设备上退出登录，请重新登录',
    rules: { length: '至少 10 个字符', common: '不是常见密码（如 1234567890、password、qwerty）', username: '不包含用户名' },
    problems: { length: '密码至少 10 个字符', common: '这个密码太常见，请换一个', username: '密码不能包含用户名' },
  },
}

/** Error texts by API code, merged into `errors`. */
export const accountErrorsZh = {
  weak_password: '密码太简单：不能是常见密码，也不能包含用户名，请换一个',
  wrong_password: '当前密码不正确',
  too_many_attempts: '从这里登录失败的次数太多，请稍候再试；失败越多，等待越久（最长 15 分钟）。在别的设备上登录不受影响。',
}

export default accountZh
