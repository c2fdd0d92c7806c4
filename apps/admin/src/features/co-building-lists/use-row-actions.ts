import { ElMessage, ElMessageBox } from 'element-plus'
import { useI18n } from 'vue-i18n'
import type { NeedStatus, ProjectStatus, ResourceStatus } from '@linli/contracts'
import { api } from '../../api'
import { useConfirmDelete } from '../../composables/use-confirm-delete'
import { type ListKind, type ListStatus, isFinal } from './list-status'
import { useListsRun } from './use-co-building-lists'

const CALLS: Record<ListKind, { setStatus: (id: string, to: ListStatus) => Promise<unknown>; remove: (id: string) => Promise<unknown> }> = {
  resource: { setStatus: (id, to) => api.updateCoBuildingResource(id, { status: to as ResourceStatus }), remove: api.deleteCoBuildingResource },
  need: { setStatus: (id, to) => api.updateCoBuildingNeed(id, { status: to as NeedStatus }), remove: api.deleteCoBuildingNeed },
  project: { setStatus: (id, to) => api.updateCoBuildingProject(id, { status: to as ProjectStatus }), remove: api.deleteCoBuildingProject },
}

/**
 * Status changes and deletion of one list's rows, each followed by `changed` (a reload), also when
 * refused: the API's refusal is shown, and the list then shows what is really there.
 */
export function useRowActions(kind: ListKind, changed: () => void) {
  const { t } = useI18n()
  const run = useListsRun()
  const confirmDelete = useConfirmDelete()
  const statusText = (s: string) => t(`coLists.${kind}Statuses.${s}`)

  async function setStatus(row: { id: string }, name: string, to: ListStatus) {
    const status = statusText(to)
    if (isFinal(kind, to)) {
      const ok = await ElMessageBox.confirm(t('coLists.confirmFinal', { name, status }), t('coLists.confirmFinalTitle'), {
        type: 'warning', confirmButtonText: t('coLists.confirmOk'), cancelButtonText: t('common.cancel'), autofocus: false,
      }).then(() => true, () => false)
      if (!ok) return
    }
    const failed = await run(() => CALLS[kind].setStatus(row.id, to))
    if (failed) ElMessage.error({ message: failed, grouping: true })
    else ElMessage.success(t('coLists.statusChanged', { name, status }))
    changed()
  }

  async function remove(row: { id: string }, name: string) {
    if (!(await confirmDelete(t('coLists.confirmDelete', { name })))) return
    const failed = await run(() => CALLS[kind].remove(row.id))
    if (failed) ElMessage.error({ message: failed, grouping: true })
    else ElMessage.success(t('coLists.deleted'))
    changed()
  }

  return { setStatus, remove, statusText }
}
