import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage, ElMessageBox } from 'element-plus'
import { ApiError } from '@linli/api-client'
import type { Booking } from '@linli/contracts'
import { api } from '../../api'
import { useApiError } from '../../composables/use-api-error'
import { checkInOpensText } from '../../composables/check-in-opens'
import { formatSpan } from './booking-time'

/**
 * Decisions, check-in and cancelling, each followed by `changed()` so the lists re-read what the
 * server now holds. A 409 means someone else acted first: say so and re-read.
 */
export function useBookingActions(timeZone: () => string, changed: () => void) {
  const { t, locale } = useI18n()
  const { notify } = useApiError()
  const busy = ref(false)

  /** `explain` may word a refusal better than the error code alone can (e.g. the time check-in opens). */
  async function run<T>(call: () => Promise<T>, done: (result: T) => string, explain?: (err: unknown) => Promise<string | undefined>): Promise<boolean> {
    busy.value = true
    try {
      ElMessage.success(done(await call()))
      return true
    } catch (err) {
      const explained = await explain?.(err)
      if (explained) ElMessage.warning(explained)
      else if (err instanceof ApiError && err.code === 'not_pending') ElMessage.warning(t('bookings.notPending'))
      else notify(err)
      return false
    } finally {
      busy.value = false
      changed()
    }
  }

  const ask = (message: string, title: string, confirm: string, cancel: string, type: 'warning' | 'info') =>
    ElMessageBox.confirm(message, title, { type, confirmButtonText: confirm, cancelButtonText: cancel, autofocus: false })
      .then(() => true, () => false)

  /** One request is approved straight away; several are confirmed first. */
  async function approve(ids: string[]) {
    if (ids.length > 1 && !(await ask(t('bookings.approveConfirm', { n: ids.length }), t('bookings.approveTitle'), t('bookings.approve'), t('common.cancel'), 'info')))
      return false
    return run(() => api.decideBookings({ ids, decision: 'approve' }), (r) => t('bookings.approved', { n: r.items.length }))
  }

  /** The reason dialog is the confirmation. */
  const reject = (ids: string[], reason: string) =>
    run(() => api.decideBookings({ ids, decision: 'reject', reason }), (r) => t('bookings.rejected', { n: r.items.length }))

  /** Too early: say when it opens, from the room's rules (the API only says "not open"). */
  async function notOpenYet(err: unknown, b: Booking): Promise<string | undefined> {
    if (!(err instanceof ApiError) || err.code !== 'check_in_not_open') return undefined
    const policy = await api.getRoomBookingPolicy(b.roomId).catch(() => null)
    if (!policy) return undefined
    const n = policy.checkInOpensMinutes
    return t('bookings.checkInOpensAt', { time: checkInOpensText(b.startsAt, n, timeZone(), locale.value), n })
  }

  const checkIn = (b: Booking) => run(() => api.checkInBooking(b.id), () => t('bookings.checkedIn'), (err) => notOpenYet(err, b))

  async function cancel(b: Booking) {
    const time = formatSpan(b.startsAt, b.endsAt, timeZone(), locale.value)
    const text = t('bookings.cancelConfirm', { who: b.organisationName ?? b.bookerName, time, room: b.roomName })
    if (!(await ask(text, t('bookings.cancelTitle'), t('bookings.cancelTitle'), t('bookings.keep'), 'warning'))) return false
    return run(() => api.cancelBooking(b.id), () => t('bookings.cancelled'))
  }

  return { busy, approve, reject, checkIn, cancel }
}
