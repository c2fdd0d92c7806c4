import { reactive, ref, shallowRef } from 'vue'
import { ApiError } from '@linli/api-client'
import { api } from '../../api'
import { isSignedOutError } from '../../shared/api-errors'
import { normaliseCode } from '../../shared/sign-in/code-validation'
import { useCodeCountdown } from '../../shared/sign-in/use-code-countdown'
import { maskPhone } from '../../shared/format'
import { useResidentSession } from '../../shared/use-resident-session'
import { accountErrorKey, isCodeAnswer } from './account-errors'
import { type AccountErrors, validatePasswordChange, validatePasswordSet } from './account-validation'

/**
 * 设置密码 (by a reset code to the account's own number: the server cannot tell whether a code-only
 * resident ever chose a password) and 修改密码 (with the current one). One set of fields, so
 * switching between the two keeps the new password typed.
 */
export type PasswordMode = 'set' | 'change'

export function usePasswordForms(onDone: (mode: PasswordMode) => void) {
  const session = useResidentSession()
  const mode = ref<PasswordMode>('set')
  const fields = reactive({ current: '', password: '', code: '' })
  const errors = ref<AccountErrors>({})
  const failure = shallowRef<string>()
  const sending = ref(false)
  const requesting = ref(false)
  const sentTo = ref('')
  const countdown = useCodeCountdown()
  let attempted = false

  const validate = () => (mode.value === 'set' ? validatePasswordSet(fields) : validatePasswordChange(fields))
  const revalidate = () => {
    if (attempted) errors.value = validate()
  }

  function use(next: PasswordMode) {
    mode.value = next
    errors.value = {}
    failure.value = undefined
    attempted = false
  }

  function onFailure(err: unknown) {
    if (isSignedOutError(err)) session.forget()
    if (isCodeAnswer(err)) errors.value = { ...errors.value, code: accountErrorKey(err) }
    else if (err instanceof ApiError && err.code === 'wrong_password') errors.value = { ...errors.value, current: accountErrorKey(err) }
    else failure.value = accountErrorKey(err)
  }

  async function requestCode() {
    const phone = session.resident.value?.phone
    if (!phone) return
    failure.value = undefined
    errors.value = { ...errors.value, code: undefined }
    requesting.value = true
    try {
      const answer = await api.requestPhoneCode({ phone, purpose: 'reset_password' })
      sentTo.value = maskPhone(phone)
      countdown.start(answer.resendAfterSeconds)
    } catch (err) {
      if (err instanceof ApiError && err.code === 'too_many_codes') countdown.start(err.retryAfterSeconds)
      onFailure(err)
    } finally {
      requesting.value = false
    }
  }

  async function submit() {
    attempted = true
    failure.value = undefined
    errors.value = validate()
    if (Object.keys(errors.value).length) return
    const phone = session.resident.value?.phone
    if (!phone) return
    sending.value = true
    try {
      // A reset ends every session and signs this phone in afresh; a change keeps this one.
      if (mode.value === 'set') await session.resetPassword({ phone, code: normaliseCode(fields.code), newPassword: fields.password })
      else await api.changeMyPassword({ currentPassword: fields.current, newPassword: fields.password })
      const done = mode.value
      Object.assign(fields, { current: '', password: '', code: '' })
      sentTo.value = ''
      attempted = false
      onDone(done)
    } catch (err) {
      onFailure(err)
    } finally {
      sending.value = false
    }
  }

  return { mode, fields, errors, failure, sending, requesting, sentTo, secondsLeft: countdown.left, use, requestCode, submit, revalidate }
}
