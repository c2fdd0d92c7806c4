import { ApiError } from '@linli/api-client'

/** The family member a refusal was about: the API names them when a proxy acted for them. */
export function memberOf(err: unknown): string | undefined {
  return err instanceof ApiError ? err.details?.find((d) => d.path === 'forResidentId')?.message : undefined
}

type Translate = (key: string, values?: Record<string, unknown>) => string
type Has = (key: string) => boolean

/**
 * A refusal's words when a proxy acted for a family member: rules about the person (a suspension,
 * a quota, already signed up) in words about the member, others prefixed with whom it was for.
 */
export function forMemberText(t: Translate, te: Has, err: unknown, text: string, values: Record<string, unknown> = {}): string {
  const name = memberOf(err)
  if (!name || !(err instanceof ApiError)) return text
  const key = `family.memberErrors.${err.code}`
  return te(key) ? t(key, { ...values, name }) : t('family.forMember', { name, text })
}
