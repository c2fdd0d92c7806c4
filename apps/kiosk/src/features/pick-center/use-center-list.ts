import { onBeforeUnmount, ref, shallowRef } from 'vue'
import type { Center } from '@linli/contracts'
import { api } from '../../api'

const RETRY_MS = 10_000

/** Every center, for choosing what this screen shows; retried every 10 s while the API is away. */
export function useCenterList() {
  const centers = shallowRef<Center[]>([])
  const status = ref<'loading' | 'ready' | 'error'>('loading')
  let retryTimer: ReturnType<typeof setTimeout> | undefined
  let active = true

  async function load() {
    clearTimeout(retryTimer)
    try {
      const { items } = await api.listCenters()
      if (!active) return
      const collator = new Intl.Collator('zh-CN')
      centers.value = [...items].sort(
        (a, b) => collator.compare(a.regionName, b.regionName) || collator.compare(a.name, b.name),
      )
      status.value = 'ready'
    } catch (err) {
      if (!active) return
      console.warn('[pick-center] listing centers failed', err)
      status.value = 'error'
      retryTimer = setTimeout(load, RETRY_MS)
    }
  }

  void load()
  onBeforeUnmount(() => {
    active = false
    clearTimeout(retryTimer)
  })

  return { centers, status }
}
