import { ApiError } from '@linli/api-client'

/** Looks up UI text for a key, or undefined when there is none. */
export type Translate = (key: string, params?: Record<string, unknown>) => string | undefined

/** Status codes with a generic text when the API's `code` has no text of its own. */
const byStatus: Record<number, string> = { 0: 'network_error', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 500: 'internal_error' }

/**
 * Text to show for a failed call: known error codes get UI text, others the server's message.
 * The first validation detail is passed along as `{detail}`, as it says which field was refused.
 */
export function errorMessage(err: unknown, translate: Translate): string {
  if (err instanceof ApiError) {
    const first = err.details?.[0]
    const detail = first ? `${first.path.replace(/^body\//, '')}: ${first.message}` : err.message
    const fallbackCode = byStatus[err.statusCode]
    const known = translate(`errors.${err.code}`, { detail })
      ?? (fallbackCode ? translate(`errors.${fallbackCode}`, { detail }) : undefined)
    if (known) return known
    const text = first ? `${err.message} (${detail})` : err.message
    return translate('errors.generic', { message: text }) ?? text
  }
  if (err instanceof Error) return err.message
  return String(err)
}
