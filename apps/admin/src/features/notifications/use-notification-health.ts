import { ref } from 'vue'
import type { NotificationHealth } from '@linli/contracts'
import { api } from '../../api'

/** The outbox's state for the strip above the log; it is only a summary, so a failure just hides it. */
export function useNotificationHealth() {
  const health = ref<NotificationHealth | null>(null)
  const failed = ref(false)

  async function load() {
    try {
      health.value = await api.getNotificationHealth()
      failed.value = false
    } catch {
      health.value = null
      failed.value = true
    }
  }

  return { health, failed, load }
}
