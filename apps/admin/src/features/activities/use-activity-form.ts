import { ref, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import type { Activity, ActivityCreate, Conflict, Occurrence } from '@linli/contracts'
import { api } from '../../api'
import { useApiError } from '../../composables/use-api-error'
import { changedFields } from '../../composables/changed-fields'
import { type ActivityForm, type FormDefaults, checkBody, toActivityBody, toActivityForm } from './activity-form'
import { conflictsOf } from './conflicts'
import { followDate } from './recurrence-form'
import { addMinutesLocal, datePart, endAfterStartMoved, joinLocal, minutesBetween, timePart } from './wall-clock'

/** What the editor was opened for: a new activity, the whole series, or "this and following". */
export type EditorTarget =
  | { kind: 'create'; defaults: FormDefaults }
  | { kind: 'series'; activityId: string }
  | { kind: 'split'; activityId: string; occurrence: Occurrence }

/**
 * The series as it continues from an occurrence: same rule and times, starting on the date the
 * rule gave that occurrence. It is what a split starts from and what its changes are measured against.
 */
export function continuedFrom(activity: Activity, occurrence: Pick<Occurrence, 'recurrenceLocal'>): Activity {
  const startsLocal = joinLocal(datePart(occurrence.recurrenceLocal), timePart(activity.startsLocal))
  const endsLocal = addMinutesLocal(startsLocal, minutesBetween(activity.startsLocal, activity.endsLocal))
  return { ...activity, startsLocal, endsLocal }
}

/** Loads, holds and saves the activity editor's form. */
export function useActivityForm(centerId: () => string) {
  const { t } = useI18n()
  const { notify } = useApiError()
  const form = ref<ActivityForm>(toActivityForm(null, { date: '2000-01-01' }))
  const target = ref<EditorTarget>({ kind: 'create', defaults: { date: '2000-01-01' } })
  const baseline = ref<Activity | null>(null)
  const loading = ref(false)
  const saving = ref(false)
  /** What the last save collided with (409), shown until the form changes. */
  const refused = ref<Conflict[] | null>(null)
  watch(form, () => (refused.value = null), { deep: true })
  // Weekday, "第N个" and day of month follow the start date the user changes, until set otherwise;
  // a newly loaded form is left as it came.
  watch(() => [form.value, form.value.date] as const, ([now, date], [before, dateBefore]) => {
    if (now === before && date && dateBefore && date !== dateBefore) now.recurrence = followDate(now.recurrence, dateBefore, date)
  })
  // Moving the start moves the end with it, keeping the duration, as calendar apps do.
  watch(() => [form.value, form.value.start] as const, ([now, start], [before, startBefore]) => {
    if (now === before && start !== startBefore) now.end = endAfterStartMoved(now.end, startBefore, start)
  })

  async function open(next: EditorTarget): Promise<boolean> {
    target.value = next
    refused.value = null
    baseline.value = null
    if (next.kind === 'create') {
      form.value = toActivityForm(null, next.defaults)
      return true
    }
    loading.value = true
    try {
      const activity = await api.getActivity(next.activityId)
      baseline.value = next.kind === 'split' ? continuedFrom(activity, next.occurrence) : activity
      form.value = toActivityForm(baseline.value, { date: datePart(baseline.value.startsLocal) })
      return true
    } catch (err) {
      notify(err)
      return false
    } finally {
      loading.value = false
    }
  }

  /** Saves; resolves to the saved activity, 'unchanged', or null when refused. */
  async function save(): Promise<Activity | 'unchanged' | null> {
    saving.value = true
    refused.value = null
    const body = toActivityBody(form.value)
    const t0 = target.value
    try {
      if (t0.kind === 'create') return await api.createActivity(centerId(), body)
      const changes = changedFields(body, baseline.value ?? {})
      if (Object.keys(changes).length === 0) return 'unchanged'
      if (t0.kind === 'series') return await api.updateActivity(t0.activityId, changes)
      return await api.splitActivity(t0.activityId, { fromOccurrenceId: t0.occurrence.id, changes })
    } catch (err) {
      const conflicts = conflictsOf(err)
      if (!conflicts) notify(err)
      else {
        ElMessage.error(t('activities.saveRefused'))
        refused.value = conflicts.length ? conflicts : await recheck(body)
      }
      return null
    } finally {
      saving.value = false
    }
  }

  /** The API may refuse without listing the collisions; ask for them without writing. */
  async function recheck(body: ActivityCreate): Promise<Conflict[]> {
    const probe = checkBody(form.value) ?? body
    const id = target.value.kind === 'create' ? undefined : target.value.activityId
    return api.checkActivity(centerId(), probe, id).then((r) => r.conflicts, () => [])
  }

  return { form, target, baseline, loading, saving, refused, open, save }
}
