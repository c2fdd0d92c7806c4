import { ref } from 'vue'
import { type BookingPolicy, type BookingPolicyPatch, DEFAULT_BOOKING_POLICY, type RoomPolicyPatch } from '@linli/contracts'
import { api } from '../../api'
import { useApiError } from '../../composables/use-api-error'

/** A center's default booking rules, and one room's rules in force with the ones it sets itself. */
export function useBookingPolicy() {
  const { message, notify } = useApiError()
  const center = ref<BookingPolicy | null>(null)
  const room = ref<BookingPolicy | null>(null)
  const overrides = ref<BookingPolicyPatch>({})
  const loading = ref(false)
  const saving = ref(false)
  const error = ref('')
  let latest = 0

  const withDefaults = (stored: BookingPolicyPatch): BookingPolicy => ({ ...DEFAULT_BOOKING_POLICY, ...stored })

  /** Loads what the viewer may see; a slower answer for an earlier pick is dropped. */
  async function load(centerId: string | undefined, roomId: string | undefined) {
    const call = ++latest
    loading.value = true
    error.value = ''
    try {
      const [c, r, o] = await Promise.all([
        centerId ? api.getCenterBookingPolicy(centerId) : null,
        roomId ? api.getRoomBookingPolicy(roomId) : null,
        roomId ? api.getRoomPolicyOverrides(roomId) : {},
      ])
      if (call !== latest) return
      center.value = c
      room.value = r
      overrides.value = o
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
  const saveRoom = (roomId: string, patch: RoomPolicyPatch) =>
    save(async () => {
      room.value = await api.updateRoomBookingPolicy(roomId, patch)
      overrides.value = await api.getRoomPolicyOverrides(roomId)
    })

  return { center, room, overrides, loading, saving, error, load, saveCenter, saveRoom }
}
