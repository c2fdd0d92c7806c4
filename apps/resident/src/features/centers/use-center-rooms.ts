import { type Ref, computed, watch } from 'vue'
import { api } from '../../api'
import { rememberCenter } from '../../shared/last-center'
import { isoWeekday, nowIn } from '../../shared/local-time'
import { splitRooms } from '../../shared/room-badges'
import { useLoad } from '../../shell/use-load'

/** A center and its rooms for the phone's room list, with today's opening hours in the center's zone. */
export function useCenterRooms(centerId: Ref<string>) {
  const load = useLoad(async () => {
    const [center, rooms] = await Promise.all([api.getCenter(centerId.value), api.listRooms(centerId.value)])
    return { center, rooms: rooms.items }
  }, centerId)

  watch(load.data, (data) => {
    if (data) rememberCenter(data.center.id)
  })

  const todayHours = computed(() => {
    const center = load.data.value?.center
    if (!center) return []
    const weekday = isoWeekday(nowIn(center.timeZone).slice(0, 10))
    return center.openingHours
      .filter((h) => h.weekday === weekday)
      .sort((a, b) => a.opens.localeCompare(b.opens))
      .map((h) => `${h.opens}–${h.closes}`)
  })

  const rooms = computed(() => splitRooms(load.data.value?.rooms ?? []))

  return { ...load, todayHours, rooms }
}
