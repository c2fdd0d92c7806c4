import type { FormItemRule } from 'element-plus'

/** The server refuses passwords shorter than this (schema) and common or containing the username (weak_password). */
export const MIN_PASSWORD_LENGTH = 10

// Pieces of the passwords leaked most often; stricter than the server's exact list on purpose,
// as the hint should steer people away from the whole family, not only its exact members.
const COMMON_PARTS = ['123456', '654321', 'password', 'passw0rd', 'qwerty', 'asdfgh', 'zxcvbn', '1qaz2wsx', 'iloveyou', 'woaini', '5201314', 'admin', 'changeme', 'welcome', 'linli']

export type PasswordCheck = 'length' | 'common' | 'username'

/** Which of the three rules a password meets, for the hint under the field (true = met). */
export function passwordChecks(password: string, username = ''): Record<PasswordCheck, boolean> {
  const lower = password.toLowerCase()
  const name = username.trim().toLowerCase()
  return {
    length: password.length >= MIN_PASSWORD_LENGTH,
    common: password.length > 0 && !/^(.)\1+$/.test(password) && !COMMON_PARTS.some((p) => lower.includes(p)),
    username: password.length > 0 && (!name || !lower.includes(name)),
  }
}

/** The first rule a password breaks, or null when it may be sent. */
export function passwordProblem(password: string, username = ''): PasswordCheck | null {
  const checks = passwordChecks(password, username)
  return (Object.keys(checks) as PasswordCheck[]).find((k) => !checks[k]) ?? null
}

/**
 * Form rules of a new-password field, checked on blur and on save. Typing clears a shown error
 * (the second rule always passes) since the live hint under the field already says what is missing.
 */
export function newPasswordRules(username: () => string | undefined, text: (problem: PasswordCheck) => string): FormItemRule[] {
  return [
    {
      required: true, trigger: 'blur',
      validator: (_rule, value: string | undefined, done) => {
        const problem = passwordProblem(value ?? '', username())
        done(problem ? new Error(text(problem)) : undefined)
      },
    },
    { trigger: 'change', validator: (_rule, _value, done) => done() },
  ]
}
