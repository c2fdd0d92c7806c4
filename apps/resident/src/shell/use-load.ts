import { type WatchSource, ref, shallowRef, watch } from 'vue'

export type LoadStatus = 'loading' | 'ready' | 'error'

/**
 * One read for a page, re-run when `source` changes or on retry. While a re-read is under way
 * the last good data stays on screen; an answer that arrives after a newer request is dropped.
 */
export function useLoad<T>(fetcher: () => Promise<T>, source?: WatchSource) {
  const data = shallowRef<T>()
  const status = ref<LoadStatus>('loading')
  const error = shallowRef<unknown>()
  let generation = 0

  async function reload() {
    const mine = ++generation
    if (data.value === undefined) status.value = 'loading'
    try {
      const value = await fetcher()
      if (mine !== generation) return
      data.value = value
      error.value = undefined
      status.value = 'ready'
    } catch (err) {
      if (mine !== generation) return
      error.value = err
      status.value = 'error'
    }
  }

  if (source) {
    watch(source, () => {
      data.value = undefined
      void reload()
    }, { immediate: true })
  } else void reload()

  return { data, status, error, reload }
}
