/** The Chinese word older clients show for an anonymous holder; current apps read `named` and use their own word. */
const OCCUPIED_FALLBACK = '已占用'

/**
 * A busy time's public label: the organisation's name when it chose to publish it, otherwise a
 * flag (`named: false`) that each app turns into "occupied" in the reader's language.
 */
export function holderLabel(organisationName: string | null | undefined): { label: string; named: boolean } {
  return organisationName ? { label: organisationName, named: true } : { label: OCCUPIED_FALLBACK, named: false }
}
