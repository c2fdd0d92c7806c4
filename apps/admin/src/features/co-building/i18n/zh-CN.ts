/** Chinese texts of 共建单位 (co-building units and their agreements), merged into src/i18n/zh-CN.ts. */
const coBuildingZh = {
  coBuilding: {
    nav: '共建单位', title: '共建单位（驻区单位）', create: '新增单位', refresh: '刷新',
    kinds: { government: '机关', enterprise: '企业', school: '学校', hospital: '医院', social_organisation: '社会组织', public_institution: '事业单位', other: '其他' },
    filter: { kind: '单位类型', allKinds: '全部类型', search: '搜索单位名称', active: '只看在册单位' },
    list: {
      name: '单位名称', kind: '类型', region: '所属区域', contact: '联系人', partners: '共建对象', rooms: '提供活动室', agreements: '协议',
      actions: '操作', edit: '编辑', open: '协议与共建对象', delete: '删除', empty: '还没有共建单位', inactive: '已停用',
    },
    form: {
      newTitle: '新增共建单位', editTitle: '编辑共建单位', name: '单位名称', kind: '单位类型', region: '所属区域', contactName: '联系人',
      contactPhone: '联系电话', address: '地址', active: '在册（停用后不再提供活动室）', centers: '结对中心',
      nameRequired: '请填写单位名称', kindRequired: '请选择单位类型', regionRequired: '请选择所属区域',
      phoneRule: '请填写 11 位手机号或带区号的座机号（如 0371-66668888）', saved: '已保存「{name}」',
    },
    detail: {
      title: '{name}', partners: '共建对象', addPartner: '添加结对中心', partnerCenter: '中心', removePartner: '解除与「{name}」的结对',
      noPartners: '还没有共建对象', rooms: '提供给预约系统的活动室', noRooms: '还没有提供活动室', offerRoom: '提供活动室',
      agreements: '共建协议', noAgreements: '还没有共建协议', newAgreement: '新增协议',
    },
    room: {
      title: '提供活动室', center: '放在哪个中心预约', name: '活动室名称', kind: '类型', capacity: '容纳人数', floor: '楼层',
      hint: '活动室将成为该中心可预约的活动室，按中心的预约规则开放，并显示「由 {name} 提供」。', saved: '已提供活动室「{name}」',
      nameRequired: '请填写活动室名称', centerRequired: '请选择中心',
    },
    agreement: {
      newTitle: '新增共建协议', editTitle: '编辑共建协议', title: '协议名称', partner: '签约对象', content: '协议内容', start: '开始日期', end: '结束日期',
      status: '状态', statuses: { upcoming: '未生效', active: '生效', expired: '到期' }, period: '有效期', attachment: '附件',
      upload: '上传附件', replace: '更换附件', download: '下载', removeFile: '删除附件', noFile: '无附件',
      fileHint: '支持 PDF、JPEG、PNG，不超过 10 MB；照片会自动去除拍摄信息。', uploaded: '附件已上传', edit: '编辑', delete: '删除',
      titleRequired: '请填写协议名称', partnerRequired: '请选择签约对象', datesRequired: '请选择开始和结束日期', endBeforeStart: '结束日期不能早于开始日期',
      saved: '已保存协议「{name}」', deleted: '已删除协议',
    },
    confirm: {
      deleteUnit: '确定删除「{name}」吗？它的共建对象和全部协议（含附件）都会删除，无法恢复。', deleteUnitTitle: '删除共建单位',
      deleteAgreement: '确定删除协议「{name}」及其附件吗？', deleteAgreementTitle: '删除共建协议',
      removePartner: '确定解除与「{name}」的结对吗？', removePartnerTitle: '解除结对', ok: '确定', cancel: '取消',
    },
    deleted: '已删除「{name}」',
    providedBy: '由 {name} 提供',
  },
}

/** What the API's refusals of co-building mean, for src/i18n/zh-CN.ts `errors`. */
export const coBuildingErrorsZh = {
  agreement_dates: '结束日期不能早于开始日期，未保存',
  agreement_partner: '协议只能与该单位的共建对象签订，未保存',
  attachment_empty: '文件是空的，未保存',
  attachment_type: '只能上传 PDF、JPEG 或 PNG 文件（按文件内容识别），未保存',
  attachment_unreadable: '文件已损坏或无法读取，未保存',
  attachment_too_many_pixels: '图片尺寸过大，未保存',
  attachment_too_large: '附件不能超过 10 MB，未保存',
  unit_not_partner: '该单位不是这个中心的共建单位，先添加结对',
  unit_inactive: '该单位已停用，不能再提供活动室',
  room_of_center: '这是中心自己的活动室，不能改为驻区单位提供；请以单位名义新增活动室',
  unit_provides_rooms: '该单位还在提供活动室，不能删除；可以改为停用',
  partner_has_agreements: '与该对象签有协议，先删除协议再解除结对',
  partner_has_rooms: '单位在该中心提供活动室，先删除这些活动室再解除结对',
  already_partner: '已经是共建对象了',
  attachment_one_file: '一次只能上传一个附件，未保存',
  attachment_file_only: '只需发送文件本身，未保存',
  attachment_required: '请选择要上传的文件',
  partner_unknown: '没有这个中心或区域，未保存',
}

export default coBuildingZh
