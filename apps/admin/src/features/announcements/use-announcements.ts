import { ref, watch, type Ref } from 'vue'
import type { Announcement, Emergency } from '@linli/contracts'
import { useApiError } from '../../composables/use-api-error'
import { getBoard, listAnnouncements } from './announcements-api'

/** The announcements reaching the chosen center, and the emergency its screens show (if any). */
export function useAnnouncements(centerId: Ref<string | undefined>) {
  const items = ref<Announcement[]>([])
  const emergency = ref<Emergency | null>(null)
  const loading = ref(false)
  const error = ref('')
  /** The moment the list was read; statuses (进行中/未开始/已结束) are computed against it. */
  const now = ref(Date.now())
  const { message, notify } = useApiError()
  let latest = 0

  async function load() {
    const call = ++latest
    const id = centerId.value
    if (!id) {
      items.value = []
      emergency.value = null
      return
    }
    loading.value = true
    error.value = ''
    try {
      const [list, board] = await Promise.all([listAnnouncements(id), getBoard(id)])
      if (call !== latest) return
      items.value = list.items
      emergency.value = board.emergency
    } catch (err) {
      if (call !== latest) return
      items.value = []
      error.value = message(err)
      notify(err)
    } finally {
      if (call === latest) {
        now.value = Date.now()
        loading.value = false
      }
    }
  }

  watch(centerId, () => void load(), { immediate: true })

  return { items, emergency, loading, error, now, load }
}
