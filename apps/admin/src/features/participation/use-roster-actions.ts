import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage, ElMessageBox } from 'element-plus'
import type { RosterEntry } from '@linli/contracts'
import { useApiError } from '../../composables/use-api-error'
import { addToRoster, cancelRegistration, deleteCheckIn, staffCheckIn } from './participation-api'
import type { RosterCheckIn } from './roster'

/** `2 小时` / `30 分钟` / `1 小时 30 分钟`. */
export function useDurationText() {
  const { t } = useI18n()
  return (minutes: number) => {
    const h = Math.floor(minutes / 60)
    const m = minutes % 60
    return [h ? t('roster.hoursN', { n: h }) : '', m || !h ? t('roster.minutesN', { n: m }) : ''].filter(Boolean).join(' ')
  }
}

/**
 * What staff do on a sign-up list; each success re-reads the list (`changed`), each failure says
 * why (a 409 usually means someone else acted first) and re-reads too, so the screen shows the truth.
 * `explain` words a refusal the page knows more about (when check-in opens).
 */
export function useRosterActions(occurrenceId: () => string, changed: () => unknown, explain: (err: unknown) => string | undefined = () => undefined) {
  const { t } = useI18n()
  const { notify } = useApiError()
  const busy = ref(false)
  const duration = useDurationText()

  async function run<T>(call: () => Promise<T>, done: (result: T) => string): Promise<T | null> {
    busy.value = true
    try {
      const result = await call()
      ElMessage.success(done(result))
      return result
    } catch (err) {
      const explained = explain(err)
      if (explained) ElMessage.warning(explained)
      else notify(err)
      return null
    } finally {
      busy.value = false
      void changed()
    }
  }

  const ask = (message: string, title: string, confirm: string, cancel = t('common.cancel')) =>
    ElMessageBox.confirm(message, title, {
      type: 'warning', confirmButtonText: confirm, cancelButtonText: cancel, confirmButtonClass: 'el-button--danger', autofocus: false,
    }).then(() => true, () => false)

  const add = (phone: string, wholeSeries: boolean) =>
    run(() => addToRoster(occurrenceId(), { phone, ...(wholeSeries ? { wholeSeries: true } : {}) }), (r) => {
      const first = r.items.find((x) => x.occurrenceId === occurrenceId()) ?? r.items[0]
      return t('roster.added', { name: phone, status: first ? t(`roster.statuses.${first.status}`) : '' })
    })

  /** The confirmation says what happens next: a seat freed goes to the first waiting resident. */
  async function cancel(entry: RosterEntry, nextInLine: RosterEntry | undefined, holdMinutes: number) {
    const holdsSeat = entry.status === 'confirmed' || entry.status === 'offered'
    const consequence = !holdsSeat
      ? t('roster.cancelQueueOnly')
      : nextInLine
        ? t('roster.cancelPromotes', { next: nextInLine.residentName, hold: duration(holdMinutes) })
        : t('roster.cancelNoQueue')
    const sure = await ask(`${t('roster.cancelConfirm', { name: entry.residentName })}${consequence}`, t('roster.cancelTitle'), t('roster.cancel'), t('roster.keep'))
    if (!sure) return null
    return run(() => cancelRegistration(entry.id), () => t('roster.cancelled', { name: entry.residentName }))
  }

  const tick = (entry: Pick<RosterEntry, 'residentId' | 'residentName'>) =>
    run(() => staffCheckIn(occurrenceId(), { residentId: entry.residentId }), () => t('roster.ticked', { name: entry.residentName }))

  async function untick(checkIn: RosterCheckIn, name: string) {
    if (!(await ask(t('roster.untickConfirm', { name }), t('roster.untickTitle'), t('roster.untick')))) return null
    return run(() => deleteCheckIn(checkIn.id), () => t('roster.unticked', { name }))
  }

  const addWalkIns = (n: number) => run(() => staffCheckIn(occurrenceId(), { walkIns: n }), () => t('roster.walkInsAdded', { n }))

  async function undoWalkIn(checkIn: RosterCheckIn) {
    const n = checkIn.headcount
    if (!(await ask(t('roster.undoWalkInConfirm', { n }), t('roster.undoWalkIn', { n }), t('roster.undoWalkIn', { n })))) return null
    return run(() => deleteCheckIn(checkIn.id), () => t('roster.walkInsUndone', { n }))
  }

  return { busy, add, cancel, tick, untick, addWalkIns, undoWalkIn }
}
