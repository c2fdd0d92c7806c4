import { computed, reactive, ref, watch } from 'vue'
import type { Booking, Room } from '@linli/contracts'
import { api } from '../../api'
import { useApiError } from '../../composables/use-api-error'
import { useDebouncedQuery } from '../../composables/use-debounced-query'
import { todayIn } from '../activities/wall-clock'
import { dayView, endOptions, overlapsBusy, startOptions } from './availability'
import { type SkippedDate, seriesConflictsOf, seriesSummary, slotTakenOf } from './series-result'
import { type WalkInForm, emptyWalkInForm, isSeries, toBookingBody, toSeriesBody, walkInProblems } from './walk-in-form'

/** Rooms staff may book for someone: residents' rooms and staff-only rooms, not open-access ones. */
export const bookableRooms = (rooms: Room[]) => rooms.filter((r) => r.active && (r.access === 'resident' || r.access === 'staff'))

/**
 * State of the 代客预约 dialog: the form, the chosen room's day (opening hours, busy blocks, grid)
 * and what the last submit gave: a booking, a series summary, or the dates that were refused.
 */
export function useWalkIn(timeZone: () => string, rooms: () => Room[]) {
  const { notify } = useApiError()
  const form = reactive<WalkInForm>(emptyWalkInForm(todayIn(timeZone())))
  const room = computed(() => rooms().find((r) => r.id === form.roomId))

  const availability = useDebouncedQuery(
    () => (form.roomId && form.date ? { roomId: form.roomId, date: form.date } : null),
    async ({ roomId, date }) => (await api.getRoomAvailability(roomId, date, 1)).items[0] ?? null,
    { delay: 150 },
  )
  const day = computed(() => (availability.result.value ? dayView(availability.result.value) : null))
  const policy = computed(() => availability.result.value?.policy ?? null)
  const starts = computed(() => (day.value && policy.value ? startOptions(day.value.opening, policy.value) : []))
  const ends = computed(() => (form.start && day.value && policy.value ? endOptions(form.start, day.value.opening, policy.value) : []))
  // A time that is no longer offered (another room, day or grid) is cleared rather than sent.
  watch(starts, (list) => !list.includes(form.start) && (form.start = ''))
  watch(ends, (list) => !list.includes(form.end) && (form.end = list[0] ?? ''))

  const selection = computed(() => (form.start && form.end ? { from: form.start, to: form.end } : null))
  const overlaps = computed(() => !!selection.value && !!day.value && overlapsBusy(selection.value, day.value.busy))
  const problems = computed(() => walkInProblems(form, room.value?.capacity))

  const submitting = ref(false)
  const refused = ref<SkippedDate[] | null>(null)
  const outcome = ref<ReturnType<typeof seriesSummary> | null>(null)

  /** Books; resolves the single booking, true for a series (see `outcome`), or null when refused. */
  async function submit(): Promise<Booking | true | null> {
    submitting.value = true
    refused.value = null
    try {
      if (isSeries(form)) {
        outcome.value = seriesSummary(await api.createBookingSeries(form.roomId, toSeriesBody(form)), timeZone())
        return true
      }
      return await api.createStaffBooking(form.roomId, toBookingBody(form))
    } catch (err) {
      refused.value = seriesConflictsOf(err, timeZone()) ?? slotTakenOf(err, form.date, timeZone())
      if (!refused.value) notify(err)
      return null
    } finally {
      submitting.value = false
      availability.refresh()
    }
  }

  /** A fresh form, keeping the room and day so the next booking starts where staff are. */
  function reset(keepPlace = true) {
    const place = keepPlace ? { roomId: form.roomId, date: form.date } : { roomId: '', date: todayIn(timeZone()) }
    Object.assign(form, emptyWalkInForm(place.date, place.roomId))
    refused.value = null
    outcome.value = null
  }

  return { form, room, availability, day, policy, starts, ends, selection, overlaps, problems, submitting, refused, outcome, submit, reset }
}
