/** Chinese texts of 活动纪实 (activity records with photos), merged into src/i18n/zh-CN.ts. */
const recordsZh = {
  records: {
    nav: '活动纪实', title: '活动纪实', center: '中心', pickCenter: '请选择中心', noCenter: '暂无可管理的中心。', create: '新建纪实',
    statuses: { draft: '草稿', published: '已发布', unpublished: '已撤下' },
    filter: { label: '状态', all: '全部' },
    list: {
      photo: '照片', title: '标题', status: '状态', occurrence: '关联活动', photos: '照片数', views: '浏览', updated: '更新时间',
      edit: '编辑', empty: '还没有活动纪实', emptyFiltered: '没有符合条件的纪实', noPhoto: '无照片',
    },
    editor: {
      newTitle: '新建活动纪实', editTitle: '编辑活动纪实', title: '标题', body: '正文', occurrence: '关联活动场次', noOccurrence: '不关联（其他工作）',
      occurrenceHint: '关联后自动带出签到人数', checkedIn: '签到 {n} 人', tags: '标签', tagsHint: '输入后回车，最多 8 个', organiser: '组织单位',
      organiserHint: '例如：第一党支部、驻区单位名称', photos: '照片（{n}/12）', addPhotos: '添加照片', photosHint: '支持 JPEG、PNG、WebP，单张不超过 15 MB，最多 12 张；上传时会自动去除位置等拍摄信息。',
      removePhoto: '删除第 {n} 张照片', consent: '已确认照片中出现的人员同意公开展示', consentHint: '发布后纪实会在大厅大屏和居民手机上展示，请先征得照片中人员同意。',
      consentBy: '{name} 于 {at} 确认', save: '保存', saveDraft: '保存草稿', publish: '发布', unpublish: '撤下', delete: '删除',
      saved: '已保存', uploaded: '已上传 {n} 张照片', published: '已发布，大屏和手机上可以看到了', unpublished: '已撤下', deleted: '已删除',
      uploading: '正在上传…', needTitle: '请填写标题', views: '浏览 {n} 次', status: '状态',
      confirmPublish: '发布后，这条纪实和照片会出现在本中心大厅大屏和居民手机上。确定发布吗？', confirmPublishTitle: '发布活动纪实',
      confirmUnpublish: '撤下后大屏和手机上将不再显示这条纪实，照片也不再公开。确定撤下吗？', confirmUnpublishTitle: '撤下活动纪实',
      confirmDelete: '确定删除这条纪实及其全部照片吗？删除后无法恢复。', confirmRemovePhoto: '确定删除这张照片吗？',
    },
  },
}

/** What the API's refusals of records and photos mean, for src/i18n/zh-CN.ts `errors`. */
export const recordErrorsZh = {
  photo_empty: '照片文件是空的，未保存任何照片',
  photo_type: '只能上传 JPEG、PNG 或 WebP 格式的照片，未保存任何照片',
  photo_unreadable: '照片文件已损坏或无法读取，未保存任何照片',
  photo_too_many_pixels: '照片尺寸过大（超过 6400 万像素），未保存任何照片',
  photo_too_large: '单张照片不能超过 15 MB，未保存任何照片',
  too_many_photos: '每条纪实最多 12 张照片，未保存任何照片',
  photos_required: '请选择至少一张照片',
  photos_only: '只能上传照片文件',
  record_occurrence_not_here: '所选活动场次不属于本中心',
  record_wrong_status: '这条纪实的状态已经变了，操作未执行；已刷新',
  record_consent_required: '发布前请先确认照片中的人员同意公开展示（纪实会在大屏上展示）',
  record_photos_required: '发布的纪实至少需要一张照片',
}

export default recordsZh
