import { describeError, hasCode } from '../../shared/api-errors'

/** Codes whose usual words (written for the sign-in page) would mislead here. */
const HERE: Record<string, string> = {
  phone_registered: 'accountPage.errors.phoneTaken',
  wrong_password: 'accountPage.errors.wrongPassword',
}

/** Answers about the code itself are shown beside the code field, where the resident is looking. */
export const CODE_ANSWERS = ['code_invalid', 'code_expired', 'code_used', 'too_many_tries', 'too_many_codes', 'codes_unavailable']

/** The message key for a failed account call, in the resident's language. */
export function accountErrorKey(err: unknown): string {
  const own = Object.entries(HERE).find(([code]) => hasCode(err, code))
  return own ? own[1] : describeError(err).key
}

export const isCodeAnswer = (err: unknown) => CODE_ANSWERS.some((code) => hasCode(err, code))
