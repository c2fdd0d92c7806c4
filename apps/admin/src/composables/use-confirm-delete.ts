import { ElMessageBox } from 'element-plus'
import { useI18n } from 'vue-i18n'

/** Asks before deleting; resolves false when the user cancels or closes the box. */
export function useConfirmDelete() {
  const { t } = useI18n()
  return (message: string) =>
    ElMessageBox.confirm(message, t('common.confirmDelete'), {
      type: 'warning',
      confirmButtonText: t('common.delete'),
      cancelButtonText: t('common.cancel'),
      confirmButtonClass: 'el-button--danger',
      autofocus: false,
    }).then(() => true, () => false)
}
