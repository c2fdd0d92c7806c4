import { ref } from 'vue'
import type { Occurrence } from '@linli/contracts'
import { api } from '../../api'

/**
 * The occurrence a sign-up list belongs to (title, time, place). There is no single-occurrence
 * read, so the center's day is listed and searched; the calendar passes center and date in the URL.
 */
export function useOccurrenceInfo() {
  const occurrence = ref<Occurrence | null>(null)
  const missing = ref(false)

  async function load(centerId: string | undefined, date: string | undefined, occurrenceId: string) {
    if (!centerId) return
    const from = date ?? undefined
    try {
      const { items } = await api.listOccurrences(centerId, from ? { from, to: from } : {})
      occurrence.value = items.find((o) => o.id === occurrenceId) ?? null
      missing.value = !occurrence.value
    } catch {
      // The list still works without the header details.
      occurrence.value = null
    }
  }

  return { occurrence, missing, load }
}
