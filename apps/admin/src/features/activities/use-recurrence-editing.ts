import { type Ref, computed, nextTick, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { describeRule } from '@linli/schedule'
import { useApiError } from '../../composables/use-api-error'
import type { ActivityForm } from './activity-form'
import { toRrule } from './recurrence-rule'
import { useRecurrencePreview } from './use-recurrence-preview'
import { datePart, joinLocal } from './wall-clock'

/**
 * The live side of the recurrence builder: the rule, its description, the preview of the next
 * dates, skipping and restoring dates, and moving the start onto the rule's first date.
 */
export function useRecurrenceEditing(form: Ref<ActivityForm>, timeZone: () => string, active: () => boolean) {
  const { t, locale } = useI18n()
  const { message } = useApiError()

  const rrule = computed(() => {
    try {
      return toRrule(form.value.recurrence)
    } catch {
      // A half-built rule (e.g. no weekday yet) has no RRULE; the form rules say what is missing.
      return null
    }
  })
  const description = computed(() => (rrule.value ? describeRule(rrule.value, locale.value === 'en' ? 'en' : 'zh-CN') : ''))
  const preview = useRecurrencePreview(() => (active() && rrule.value && form.value.date && form.value.start ? {
    dtstart: joinLocal(form.value.date, form.value.start), timezone: timeZone(), rrule: rrule.value,
    exdates: form.value.exdates.map((d) => joinLocal(d, form.value.start)),
  } : null))
  const error = computed(() => (preview.rateLimited.value ? t('recurrence.rateLimited') : preview.error.value ? message(preview.error.value) : ''))

  /** The rule's first date when the chosen start date is not one of the rule's dates. */
  const firstDate = computed(() => {
    const first = preview.dates.value?.[0]
    const date = first ? datePart(first) : null
    return date && date !== form.value.date && !form.value.exdates.includes(form.value.date) ? date : null
  })
  const moveToFirst = () => {
    if (firstDate.value) form.value.date = firstDate.value
  }
  // After a preset the start usually is not on the rule (a Sunday for "second Friday"): move it there.
  let snapAfterPreset = false
  async function presetApplied() {
    snapAfterPreset = true
    await nextTick()
    // An unchanged rule asks nothing new, so there is no answer to wait for.
    if (!preview.loading.value) {
      snapAfterPreset = false
      moveToFirst()
    }
  }
  watch(preview.dates, () => {
    if (!snapAfterPreset || preview.loading.value) return
    snapAfterPreset = false
    moveToFirst()
  })

  const skip = (date: string) => (form.value.exdates = [...new Set([...form.value.exdates, date])].sort())
  const restore = (date: string) => (form.value.exdates = form.value.exdates.filter((d) => d !== date))

  return { rrule, description, preview, error, firstDate, moveToFirst, presetApplied, skip, restore }
}
