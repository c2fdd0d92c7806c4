import { type Ref, ref } from 'vue'
import { useApiError } from '../../composables/use-api-error'

/**
 * One report read through `fetch`, with loading and error state. A slower answer for an earlier
 * center or period never overwrites the current one.
 */
export function useReport<T, A extends unknown[]>(fetch: (...args: A) => Promise<T>) {
  const report = ref(null) as Ref<T | null>
  const loading = ref(false)
  const error = ref('')
  const { message, notify } = useApiError()
  let latest = 0

  async function load(...args: A) {
    const call = ++latest
    loading.value = true
    error.value = ''
    try {
      const answer = await fetch(...args)
      if (call === latest) report.value = answer
    } catch (err) {
      if (call !== latest) return
      report.value = null
      error.value = message(err)
      notify(err)
    } finally {
      if (call === latest) loading.value = false
    }
  }

  /** Forgets the report, e.g. when nothing is chosen; an answer still on its way is dropped. */
  function clear() {
    latest++
    report.value = null
    loading.value = false
    error.value = ''
  }

  return { report, loading, error, load, clear }
}
