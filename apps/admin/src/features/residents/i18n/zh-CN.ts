/** Chinese texts of the service desk's resident list (居民), merged into src/i18n/zh-CN.ts. */
const residentsZh = {
  residents: {
    title: '居民', nav: '居民', center: '中心', pickCenter: '请选择中心', noCenter: '暂无可管理的中心。',
    search: '按姓名或手机号后几位搜索', searchPlaceholder: '姓名或手机号后 4 位',
    register: '登记居民', registered: '已登记“{name}”，可以为其生成登录二维码',
    name: '姓名', phone: '手机号', household: '住址 / 户', language: '常用语言', source: '来源', registeredAt: '登记时间',
    viaDesk: '服务台登记', viaVisits: '预约或报名', languages: { 'zh-CN': '中文', en: 'English' },
    empty: '本中心还没有居民。在服务台登记的居民，以及在本中心预约或报名过的居民会列在这里。',
    noMatch: '没有找到“{q}”。这里只列出本中心登记过、预约或报名过的居民。',
    more: '只显示前 {n} 位，请输入更多内容缩小范围。',
    loadFailed: '居民名单加载失败：{message}',
    privacy: '手机号只显示前 3 位和后 4 位，请居民本人核对后 4 位。',
    nameRequired: '请输入姓名', phoneRequired: '请输入手机号', phoneRule: '请输入 11 位手机号（以 1 开头）',
    tooLong: '{field}不能超过 {max} 个字', householdPlaceholder: '例如：3 号楼 2 单元 501（可不填）',
    noPassword: '登记后无需设置密码：居民可用短信验证码登录，或由服务台生成登录二维码。',
    findExisting: '在名单中查找',
    signInQr: '登录二维码', qrTitle: '“{name}”的登录二维码', qrAlt: '“{name}”的登录二维码',
    qrHint: '请居民用手机相机扫描，这部手机即以“{name}”的身份登录。',
    qrValidity: '10 分钟内有效，仅可使用一次', qrExpiresAt: '有效至 {time}', qrExpired: '二维码已过期，请重新生成。',
    qrAgain: '重新生成', qrAgainHint: '重新生成后，之前的二维码立即失效。', print: '打印', qrFailed: '无法生成登录二维码：{message}',
    family: {
      action: '家人代办', title: '“{name}”的家人代办', listLabel: '家人代办关联',
      hint: '代办人可为家人预约场地、报名活动、取消和签到，名额和爽约记录算在家人名下。服务台只能解除本中心关联的记录。',
      relation: '关系', actsFor: '代办 {other}', actedForBy: '由 {other} 代办', how: '关联方式', since: '关联时间',
      by: { sms_code: '短信验证码', staff: '服务台关联' }, empty: '还没有家人代办关联。', residentsOwn: '居民可自行解除',
      unlink: '解除', unlinkActsFor: '解除后，{name}不能再为{other}代办。确定解除吗？', unlinkActedForBy: '解除后，{other}不能再为{name}代办。确定解除吗？',
      unlinked: '已解除关联', linked: '已关联', add: '关联家人', direction: '代办方向', actsForOther: '此居民代办对方', otherActsFor: '对方代办此居民',
      other: '对方居民（本中心名单中搜索）', noCandidates: '没有可选的居民：只能关联本中心名单中的居民',
      full: '这一方向已有 {n} 个关联，达到上限，请先解除一个', link: '关联', loadFailed: '家人代办加载失败：{message}',
    },
  },
}

/** Error texts by API code, merged into `errors`. */
export const residentErrorsZh = {
  resident_known: '这个手机号已在本中心登记过，请在名单中查找该居民',
  phone_registered_elsewhere: '这个手机号已有居民账号，但还未在本中心办理过业务：请居民用手机号和短信验证码自行登录；在本中心预约或报名后，即可在名单中找到',
  sign_in_link_used: '这个登录二维码已经用过了，请到服务台重新生成',
  sign_in_link_expired: '这个登录二维码已过期（10 分钟内有效），请到服务台重新生成',
  sign_in_link_replaced: '服务台已生成了新的登录二维码，请扫描新的二维码',
  sign_in_link_invalid: '这个登录二维码无效，请到服务台重新生成',
}

export default residentsZh
