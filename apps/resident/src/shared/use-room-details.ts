import type { Ref } from 'vue'
import { api } from '../api'
import { useLoad } from '../shell/use-load'

/** A room and its center (for the time zone, the header and the way back). */
export function useRoomDetails(roomId: Ref<string>) {
  return useLoad(async () => {
    const room = await api.getRoom(roomId.value)
    const center = await api.getCenter(room.centerId)
    return { room, center }
  }, roomId)
}
