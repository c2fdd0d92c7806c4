import { type Ref, onScopeDispose, ref, shallowRef, watch } from 'vue'

/**
 * Re-runs `fetch` a moment after `input` stops changing, for live previews while a form is typed
 * in. A null input clears the result; only the latest call's answer is kept. `retryAfter` lets a
 * failure (e.g. 429) schedule another try.
 */
export function useDebouncedQuery<I, R>(
  input: () => I | null,
  fetch: (input: I) => Promise<R>,
  options: { delay?: number; retryAfter?: (err: unknown) => number | null } = {},
) {
  const result = shallowRef<R | null>(null) as Ref<R | null>
  const error = shallowRef<unknown>(null)
  const loading = ref(false)
  let timer: ReturnType<typeof setTimeout> | undefined
  let latest = 0

  async function run(value: I, call: number) {
    loading.value = true
    try {
      const answer = await fetch(value)
      if (call !== latest) return
      result.value = answer
      error.value = null
    } catch (err) {
      if (call !== latest) return
      error.value = err
      const wait = options.retryAfter?.(err)
      if (wait != null) timer = setTimeout(() => void run(value, call), wait)
    } finally {
      if (call === latest) loading.value = false
    }
  }

  function schedule(delay = options.delay ?? 400) {
    clearTimeout(timer)
    const call = ++latest
    const value = input()
    if (value === null) {
      result.value = null
      error.value = null
      loading.value = false
      return
    }
    loading.value = true
    timer = setTimeout(() => void run(value, call), delay)
  }

  // Compared by value, so re-creating an equal input object does not refetch.
  watch(() => JSON.stringify(input()), () => schedule(), { immediate: true })
  onScopeDispose(() => {
    clearTimeout(timer)
    latest++
  })

  return { result, error, loading, refresh: () => schedule(0) }
}
