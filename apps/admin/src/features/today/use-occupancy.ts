import { ref } from 'vue'
import type { Room, RoomOccupancy } from '@linli/contracts'
import { api } from '../../api'
import { useApiError } from '../../composables/use-api-error'

/** The center's open-access rooms (书吧, 阅览室) with today's latest people count, and entering a new count. */
export function useOccupancy() {
  const { notify } = useApiError()
  const rooms = ref<Room[]>([])
  const counts = ref<Record<string, RoomOccupancy>>({})
  const saving = ref('')
  let latest = 0

  async function load(centerId: string) {
    const call = ++latest
    try {
      const [list, occupancy] = await Promise.all([api.listRooms(centerId), api.getCenterOccupancy(centerId)])
      if (call !== latest) return
      rooms.value = list.items.filter((r) => r.access === 'open' && r.active)
      counts.value = Object.fromEntries(occupancy.items.map((o) => [o.roomId, o]))
    } catch (err) {
      if (call === latest) notify(err)
    }
  }

  async function record(roomId: string, count: number): Promise<boolean> {
    saving.value = roomId
    try {
      counts.value = { ...counts.value, [roomId]: await api.recordOccupancy(roomId, count) }
      return true
    } catch (err) {
      notify(err)
      return false
    } finally {
      saving.value = ''
    }
  }

  return { rooms, counts, saving, load, record }
}
