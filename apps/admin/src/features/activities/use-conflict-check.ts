import { computed } from 'vue'
import type { ActivityCreate, Conflict } from '@linli/contracts'
import { api } from '../../api'
import { useDebouncedQuery } from '../../composables/use-debounced-query'

export interface CheckInput {
  centerId: string
  body: ActivityCreate
  /** The activity being edited, so its own occurrences do not count. */
  activityId?: string
}

/** Room collisions of the form as it stands, checked without saving. */
export function useConflictCheck(input: () => CheckInput | null) {
  const query = useDebouncedQuery(
    input,
    (i: CheckInput) => api.checkActivity(i.centerId, i.body, i.activityId).then((r) => r.conflicts),
    { delay: 600 },
  )
  const conflicts = computed<Conflict[]>(() => query.result.value ?? [])
  return { conflicts, checking: query.loading, checked: computed(() => query.result.value !== null), error: query.error }
}
