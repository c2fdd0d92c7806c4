import { ApiError } from '@linli/api-client'
import { errorText } from './api-errors'
import zh from '../i18n/participation.zh-CN'

type Translate = (key: string, values: Record<string, unknown>) => string

const OWN = new Set(Object.keys(zh.errors))

/** Sign-up and check-in refusals in the resident's words; anything else as the booking pages say it. */
export function participationErrorText(t: Translate, err: unknown, values: Record<string, unknown> = {}): string {
  if (err instanceof ApiError && OWN.has(err.code)) return t(`participation.errors.${err.code}`, values)
  return errorText(t, err, values)
}
