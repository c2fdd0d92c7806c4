import { onBeforeUnmount, onMounted, ref } from 'vue'
import type { Today } from '@linli/contracts'
import { useApiError } from '../../composables/use-api-error'
import { getToday } from './today-api'

/** How often the day is read again while the page is open and visible. */
const REFRESH_MS = 60_000

/** The center's day, read again every minute (a quiet refresh keeps what is shown until the answer). */
export function useToday(centerId: () => string | undefined) {
  const today = ref<Today | null>(null)
  const loading = ref(false)
  const error = ref('')
  const { message } = useApiError()
  let latest = 0

  async function load(quiet = false) {
    const id = centerId()
    const call = ++latest
    if (!id) return void (today.value = null)
    if (!quiet) loading.value = true
    try {
      const answer = await getToday(id)
      if (call === latest) [today.value, error.value] = [answer, '']
    } catch (err) {
      if (call === latest) error.value = message(err)
    } finally {
      if (call === latest) loading.value = false
    }
  }

  let timer: ReturnType<typeof setInterval> | undefined
  onMounted(() => {
    timer = setInterval(() => document.visibilityState === 'visible' && void load(true), REFRESH_MS)
  })
  onBeforeUnmount(() => clearInterval(timer))

  return { today, loading, error, load }
}
