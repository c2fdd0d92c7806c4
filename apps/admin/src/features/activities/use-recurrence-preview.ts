import { computed } from 'vue'
import { ApiError } from '@linli/api-client'
import { instantToLocal } from '@linli/schedule'
import { api } from '../../api'
import { useDebouncedQuery } from '../../composables/use-debounced-query'

export interface PreviewInput {
  dtstart: string
  timezone: string
  rrule: string
  exdates: string[]
}

export const PREVIEW_LIMIT = 10

/** The next dates a rule gives, asked of the API a moment after the rule stops changing. */
export function useRecurrencePreview(input: () => PreviewInput | null) {
  const query = useDebouncedQuery(
    input,
    async (i: PreviewInput) => {
      const { occurrences } = await api.previewRecurrence({ ...i, limit: PREVIEW_LIMIT })
      return occurrences.map((at) => instantToLocal(new Date(at), i.timezone))
    },
    // The preview is rate limited; try again shortly rather than leaving it empty.
    { delay: 450, retryAfter: (err) => (err instanceof ApiError && err.statusCode === 429 ? 3000 : null) },
  )
  const rateLimited = computed(() => query.error.value instanceof ApiError && query.error.value.statusCode === 429)
  return { dates: query.result, error: query.error, loading: query.loading, rateLimited }
}
