import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage, ElMessageBox } from 'element-plus'
import type { ActivityCreate, Conflict, Occurrence, OccurrenceUpdate } from '@linli/contracts'
import { api } from '../../api'
import { useApiError } from '../../composables/use-api-error'
import { useConfirmDelete } from '../../composables/use-confirm-delete'
import { conflictsOf } from './conflicts'
import { occurrenceLocal } from './calendar-events'

/**
 * Changes to one occurrence (move, cancel, restore) and deleting its activity. `refused` holds
 * what a move collided with, for the page to show; `changed` runs after every successful write.
 */
export function useOccurrenceActions(centerId: () => string | undefined, timeZone: () => string, changed: () => void) {
  const { t } = useI18n()
  const { notify } = useApiError()
  const confirmDelete = useConfirmDelete()
  const refused = ref<Conflict[] | null>(null)

  /** The API may answer 409 without the list; then the same collision is asked for without writing. */
  async function lookUpConflicts(o: Occurrence, body: OccurrenceUpdate): Promise<Conflict[]> {
    const id = centerId()
    const roomId = body.roomId === undefined ? o.roomId : body.roomId
    if (!id || !roomId) return []
    const local = occurrenceLocal(o, timeZone())
    const probe: ActivityCreate = {
      title: o.title, category: o.category, organiserKind: 'center', organiserName: o.organiserName || '-',
      roomId, location: o.location, startsLocal: body.startsLocal ?? local.startsLocal,
      endsLocal: body.endsLocal ?? local.endsLocal, rrule: null,
    }
    return api.checkActivity(id, probe, o.activityId).then((r) => r.conflicts, () => [])
  }

  /** Writes one occurrence; false when refused, so the caller puts the event back. */
  async function update(o: Occurrence, body: OccurrenceUpdate, success: string): Promise<Occurrence | null> {
    try {
      const saved = await api.updateOccurrence(o.id, body)
      ElMessage.success(success)
      changed()
      return saved
    } catch (err) {
      const conflicts = conflictsOf(err)
      if (conflicts) refused.value = conflicts.length ? conflicts : await lookUpConflicts(o, body)
      else notify(err)
      return null
    }
  }

  const move = (o: Occurrence, body: OccurrenceUpdate) => update(o, body, t('calendar.moved'))
  async function cancel(o: Occurrence) {
    const date = occurrenceLocal(o, timeZone()).startsLocal.slice(0, 10)
    const sure = await ElMessageBox.confirm(t('occurrence.cancelConfirm', { title: o.title, date }), t('occurrence.cancelThis'), {
      type: 'warning', confirmButtonText: t('occurrence.cancelThis'), cancelButtonText: t('occurrence.keep'), autofocus: false,
    }).then(() => true, () => false)
    return sure ? update(o, { status: 'cancelled' }, t('occurrence.cancelled')) : null
  }
  const restore = (o: Occurrence) => update(o, { status: 'scheduled' }, t('occurrence.restored'))

  async function removeActivity(o: Occurrence): Promise<boolean> {
    if (!(await confirmDelete(t('occurrence.deleteConfirm', { title: o.title })))) return false
    try {
      await api.deleteActivity(o.activityId)
      ElMessage.success(t('common.deleted'))
      changed()
      return true
    } catch (err) {
      notify(err)
      return false
    }
  }

  return { refused, move, cancel, restore, removeActivity }
}
