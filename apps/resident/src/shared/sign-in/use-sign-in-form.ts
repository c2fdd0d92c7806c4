import { reactive, ref, shallowRef } from 'vue'
import { ApiError } from '@linli/api-client'
import { describeError, hasCode } from '../api-errors'
import { type CodeErrors, type CodeFields, toCodeSignIn, toCodeSignUp, toReset, validateCodeSignIn, validateCodeSignUp, validatePhoneOnly, validateReset } from './code-validation'
import { normalisePhone, toSignIn, validateSignIn } from './login-validation'
import { useCodeCountdown } from './use-code-countdown'
import { api } from '../../api'
import { useResidentSession } from '../use-resident-session'

/** 验证码登录 first: most residents remember their phone, not a password. */
export type SignInMode = 'code' | 'password' | 'sign-up' | 'reset'

const PURPOSE = { code: 'sign_in', 'sign-up': 'sign_up', reset: 'reset_password', password: 'sign_in' } as const
/** Answers about the code itself are shown beside the code field, where the resident is looking. */
const CODE_ANSWERS = ['code_invalid', 'code_expired', 'code_used', 'too_many_tries']

/**
 * Every way in shares one set of fields, so switching mode (or an error) keeps what was typed.
 * Fields are checked on submit and, after a first attempt, as they change, so messages never nag too early.
 */
export function useSignInForm(onDone: () => void) {
  const session = useResidentSession()
  const mode = ref<SignInMode>('code')
  const fields = reactive<CodeFields>({ name: '', phone: '', code: '', password: '', organisationName: '' })
  const errors = ref<CodeErrors>({})
  const failure = shallowRef<unknown>()
  const sending = ref(false)
  const requesting = ref(false)
  /** The masked number the last code went to, for "已发送到 138****0001". */
  const sentTo = ref('')
  const countdown = useCodeCountdown()
  let attempted = false

  const validate = (): CodeErrors => {
    if (mode.value === 'password') return validateSignIn(fields)
    if (mode.value === 'sign-up') return validateCodeSignUp(fields)
    if (mode.value === 'reset') return validateReset(fields)
    return validateCodeSignIn(fields)
  }
  const revalidate = () => {
    if (attempted) errors.value = validate()
  }

  function switchMode(next: SignInMode) {
    if (next === mode.value) return
    // A code is good for one purpose only, so a code asked for sign-up would fail at sign-in.
    if (PURPOSE[next] !== PURPOSE[mode.value]) {
      fields.code = ''
      sentTo.value = ''
    }
    mode.value = next
    failure.value = undefined
    attempted = false
    errors.value = {}
  }

  async function requestCode() {
    failure.value = undefined
    const phoneErrors = validatePhoneOnly(fields)
    errors.value = { ...errors.value, phone: phoneErrors.phone, code: undefined }
    if (phoneErrors.phone) return
    requesting.value = true
    try {
      const phone = normalisePhone(fields.phone)
      const answer = await api.requestPhoneCode({ phone, purpose: PURPOSE[mode.value] })
      sentTo.value = `${phone.slice(0, 3)}****${phone.slice(-4)}`
      countdown.start(answer.resendAfterSeconds)
    } catch (err) {
      if (err instanceof ApiError && err.code === 'too_many_codes') countdown.start(err.retryAfterSeconds)
      errors.value = { ...errors.value, code: describeError(err).key }
    } finally {
      requesting.value = false
    }
  }

  async function submit() {
    attempted = true
    failure.value = undefined
    errors.value = validate()
    if (Object.keys(errors.value).length) return
    sending.value = true
    try {
      if (mode.value === 'password') await session.signIn(toSignIn(fields))
      else if (mode.value === 'sign-up') await session.signUpWithCode(toCodeSignUp(fields))
      else if (mode.value === 'reset') await session.resetPassword(toReset(fields))
      else await session.signInWithCode(toCodeSignIn(fields))
      onDone()
    } catch (err) {
      if (CODE_ANSWERS.some((code) => hasCode(err, code))) errors.value = { code: describeError(err).key }
      else if (hasCode(err, 'phone_registered')) {
        // The number has an account already: most likely this person, so offer sign-in with it filled.
        switchMode('code')
        failure.value = err
      } else failure.value = err
    } finally {
      sending.value = false
    }
  }

  return { mode, fields, errors, failure, sending, requesting, sentTo, secondsLeft: countdown.left, switchMode, requestCode, submit, revalidate }
}
