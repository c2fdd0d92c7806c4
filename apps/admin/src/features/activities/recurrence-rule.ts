import { buildRule, parseRuleSpec } from '@linli/schedule'
import { type RecurrenceForm, fromSpec, newRecurrence, toSpec } from './recurrence-form'

/** The RRULE for the builder's fields, or null for 不重复. A custom rule is kept as it came. */
export function toRrule(form: RecurrenceForm): string | null {
  if (form.mode === 'custom') return form.raw || null
  const spec = toSpec(form)
  if (!spec) return null
  return form.raw && form.rawSpec === JSON.stringify(spec) ? form.raw : buildRule(spec)
}

/** Builder fields for a stored rule; one the builder cannot express is kept as `custom`. */
export function fromRrule(rrule: string | null | undefined, date: string): RecurrenceForm {
  if (!rrule) return newRecurrence(date)
  try {
    const spec = parseRuleSpec(rrule)
    if (spec) {
      const form = fromSpec(spec, date)
      return { ...form, raw: rrule, rawSpec: JSON.stringify(toSpec(form)) }
    }
  } catch {
    // Falls through: shown as a custom rule.
  }
  return { ...newRecurrence(date), mode: 'custom', raw: rrule }
}
