import { type Ref, computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRoute, useRouter } from 'vue-router'
import { CALENDAR_VIEWS, type CalendarView, rangeTitle, shiftDate, visibleRange } from './calendar-range'
import { todayIn } from './wall-clock'

const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)

/** Which view and date the calendar shows, kept in the URL (?view=&date=) like the center. */
export function useCalendarView(timeZone: Ref<string>) {
  const route = useRoute()
  const router = useRouter()
  const { locale } = useI18n()

  const today = () => todayIn(timeZone.value)
  const go = (query: { view?: CalendarView; date?: string }) => void router.replace({ query: { ...route.query, ...query } })

  const view = computed<CalendarView>({
    get: () => CALENDAR_VIEWS.find((v) => v === route.query.view) ?? 'week',
    set: (v) => go({ view: v }),
  })
  const date = computed<string>({
    get: () => (isDate(route.query.date) ? route.query.date : today()),
    set: (d) => go({ date: d }),
  })
  const range = computed(() => visibleRange(view.value, date.value))
  const title = computed(() => rangeTitle(view.value, date.value, locale.value))

  return {
    view, date, range, title, today,
    previous: () => go({ date: shiftDate(view.value, date.value, -1) }),
    next: () => go({ date: shiftDate(view.value, date.value, 1) }),
    goToday: () => go({ date: today() }),
    /** Opens the day view of a date, e.g. from a month cell. */
    openDay: (d: string) => go({ view: 'day', date: d }),
  }
}
