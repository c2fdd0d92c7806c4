import { type Ref, onBeforeUnmount, ref, watchEffect } from 'vue'
import { connection } from '../../realtime/socket'

/** A dropped socket gets this long to come back before the screen admits it is offline. */
export const OFFLINE_GRACE_MS = 3_000

/**
 * Whether the board may be out of date: the last read failed (shown at once), or pushes cannot
 * arrive because the socket is down (shown after a short grace, so a quick reconnect does not flash).
 */
export function useOffline(failing: Ref<boolean>) {
  const offline = ref(false)
  let timer: ReturnType<typeof setTimeout> | undefined
  watchEffect(() => {
    if (failing.value) {
      offline.value = true
    } else if (connection.value !== 'offline') {
      clearTimeout(timer)
      timer = undefined
      offline.value = false
    } else if (!offline.value && !timer) {
      timer = setTimeout(() => {
        timer = undefined
        if (connection.value === 'offline') offline.value = true
      }, OFFLINE_GRACE_MS)
    }
  })
  onBeforeUnmount(() => clearTimeout(timer))
  return offline
}
