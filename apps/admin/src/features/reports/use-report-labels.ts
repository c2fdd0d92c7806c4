import { useI18n } from 'vue-i18n'
import { useLabels } from '../../composables/use-labels'
import type { ReportLabels } from './report-labels'

/** The chart builders' labels in the current UI language. */
export function useReportLabels(): ReportLabels {
  const { t } = useI18n()
  const labels = useLabels()
  return {
    text: (key) => t(`reports.${key}`),
    category: labels.category,
    roomKind: labels.roomKind,
    bookingStatus: (s) => t(`bookings.status.${s}`),
    serviceCategory: (c) => t(`reports.serviceCategories.${c}`),
  }
}
