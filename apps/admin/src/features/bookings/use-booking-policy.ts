import { ref } from 'vue'
import { type BookingPolicy, type BookingPolicyPatch, DEFAULT_BOOKING_POLICY, type RoomKind, type RoomPolicyPatch } from '@linli/contracts'
import { api } from '../../api'
import { useApiError } from '../../composables/use-api-error'

/**
 * The three levels of a center's booking rules as stored: the center's defaults, what each room
 * kind sets (loaded per kind as picked) and one room's own; the panel resolves them (resolvePolicy).
 */
export function useBookingPolicy() {
  const { message, notify } = useApiError()
  const center = ref<BookingPolicy | null>(null)
  const kinds = ref<Partial<Record<RoomKind, BookingPolicyPatch>>>({})
  const overrides = ref<BookingPolicyPatch>({})
  const loading = ref(false)
  const saving = ref(false)
  const error = ref('')
  let latest = 0

  const withDefaults = (stored: BookingPolicyPatch): BookingPolicy => ({ ...DEFAULT_BOOKING_POLICY, ...stored })

  /** Loads what the viewer may see; a slower answer for an earlier pick is dropped. */
  async function load(centerId: string, roomId: string | undefined, kindList: RoomKind[]) {
    const call = ++latest
    loading.value = true
    error.value = ''
    try {
      const unique = [...new Set(kindList)]
      const [c, o, ...k] = await Promise.all([
        api.getCenterBookingPolicy(centerId),
        roomId ? api.getRoomPolicyOverrides(roomId) : {},
        ...unique.map((kind) => api.getRoomKindBookingPolicy(centerId, kind)),
      ])
      if (call !== latest) return
      center.value = c
      overrides.value = o
      kinds.value = Object.fromEntries(unique.map((kind, i) => [kind, k[i]]))
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
  const saveKind = (centerId: string, kind: RoomKind, policy: BookingPolicyPatch) =>
    save(async () => void (kinds.value = { ...kinds.value, [kind]: await api.setRoomKindBookingPolicy(centerId, kind, policy) }))
  const saveRoom = (roomId: string, patch: RoomPolicyPatch) =>
    save(async () => {
      await api.updateRoomBookingPolicy(roomId, patch)
      overrides.value = await api.getRoomPolicyOverrides(roomId)
    })

  return { center, kinds, overrides, loading, saving, error, load, saveCenter, saveKind, saveRoom }
}
