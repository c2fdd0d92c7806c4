import { ref } from 'vue'
import type { Room } from '@linli/contracts'
import { api } from '../../api'
import { useApiError } from '../../composables/use-api-error'

/** Rooms of one center, including inactive ones when asked, with loading and error state. */
export function useRooms() {
  const rooms = ref<Room[]>([])
  const loading = ref(false)
  const error = ref('')
  const { message, notify } = useApiError()
  let latest = 0

  async function load(centerId: string | undefined, includeInactive: boolean) {
    const call = ++latest
    if (!centerId) {
      rooms.value = []
      return
    }
    loading.value = true
    error.value = ''
    try {
      const { items } = await api.listRooms(centerId, { includeInactive })
      // A slower answer for a previously picked center must not overwrite the current one.
      if (call === latest) rooms.value = items
    } catch (err) {
      if (call !== latest) return
      rooms.value = []
      error.value = message(err)
      notify(err)
    } finally {
      if (call === latest) loading.value = false
    }
  }

  function upsert(room: Room) {
    const i = rooms.value.findIndex((r) => r.id === room.id)
    if (i >= 0) rooms.value.splice(i, 1, room)
    else rooms.value.push(room)
  }

  function drop(roomId: string) {
    rooms.value = rooms.value.filter((r) => r.id !== roomId)
  }

  return { rooms, loading, error, load, upsert, drop }
}
