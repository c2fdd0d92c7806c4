import { ref } from 'vue'
import { type BookingPolicy, type BookingPolicyPatch, DEFAULT_BOOKING_POLICY } from '@linli/contracts'
import { api } from '../../api'
import { useApiError } from '../../composables/use-api-error'

/**
 * A center's default booking rules and one room's rules in force. The API has no GET for a
 * center's defaults: an empty PATCH changes nothing and answers the stored ones, so only those
 * who may edit them (manager, district admin) can read them; staff see rooms' rules only.
 */
export function useBookingPolicy() {
  const { message, notify } = useApiError()
  const center = ref<BookingPolicy | null>(null)
  const room = ref<BookingPolicy | null>(null)
  const loading = ref(false)
  const saving = ref(false)
  const error = ref('')
  let latest = 0

  const withDefaults = (stored: BookingPolicyPatch): BookingPolicy => ({ ...DEFAULT_BOOKING_POLICY, ...stored })

  /** Loads what the viewer may see; a slower answer for an earlier pick is dropped. */
  async function load(centerId: string | undefined, roomId: string | undefined, canEdit: boolean) {
    const call = ++latest
    loading.value = true
    error.value = ''
    try {
      const [c, r] = await Promise.all([
        centerId && canEdit ? api.updateCenterBookingPolicy(centerId, {}).then(withDefaults) : null,
        roomId ? api.getRoomBookingPolicy(roomId) : null,
      ])
      if (call !== latest) return
      center.value = c
      room.value = r
    } catch (err) {
      if (call === latest) error.value = message(err)
    } finally {
      if (call === latest) loading.value = false
    }
  }

  async function save(call: () => Promise<void>): Promise<boolean> {
    saving.value = true
    try {
      await call()
      return true
    } catch (err) {
      notify(err)
      return false
    } finally {
      saving.value = false
    }
  }

  const saveCenter = (centerId: string, patch: BookingPolicyPatch) =>
    save(async () => void (center.value = withDefaults(await api.updateCenterBookingPolicy(centerId, patch))))
  const saveRoom = (roomId: string, patch: BookingPolicyPatch) =>
    save(async () => void (room.value = await api.updateRoomBookingPolicy(roomId, patch)))

  return { center, room, loading, saving, error, load, saveCenter, saveRoom }
}
