import { reactive, ref, shallowRef } from 'vue'
import { ApiError } from '@linli/api-client'
import { api } from '../../api'
import { isSignedOutError } from '../../shared/api-errors'
import { normaliseCode } from '../../shared/sign-in/code-validation'
import { normalisePhone } from '../../shared/sign-in/login-validation'
import { useCodeCountdown } from '../../shared/sign-in/use-code-countdown'
import { maskPhone } from '../../shared/format'
import { useResidentSession } from '../../shared/use-resident-session'
import { accountErrorKey, isCodeAnswer } from './account-errors'
import { type AccountErrors, validateNewPhone, validatePhoneChange } from './account-validation'

/** 更换手机号: a 'change_phone' code goes to the new number; the number changes only with it. */
export function usePhoneChange(onDone: (phone: string) => void) {
  const session = useResidentSession()
  const fields = reactive({ phone: '', code: '' })
  const errors = ref<AccountErrors>({})
  const failure = shallowRef<string>()
  const sending = ref(false)
  const requesting = ref(false)
  const sentTo = ref('')
  const countdown = useCodeCountdown()
  const current = () => session.resident.value?.phone ?? ''
  let attempted = false

  const revalidate = () => {
    if (attempted) errors.value = validatePhoneChange(fields, current())
  }

  function onFailure(err: unknown) {
    if (isSignedOutError(err)) session.forget()
    if (isCodeAnswer(err)) errors.value = { ...errors.value, code: accountErrorKey(err) }
    else if (err instanceof ApiError && err.code === 'phone_registered') errors.value = { ...errors.value, phone: accountErrorKey(err) }
    else failure.value = accountErrorKey(err)
  }

  async function requestCode() {
    failure.value = undefined
    const phoneErrors = validateNewPhone(fields.phone, current())
    errors.value = { ...errors.value, phone: phoneErrors.phone, code: undefined }
    if (phoneErrors.phone) return
    requesting.value = true
    try {
      const phone = normalisePhone(fields.phone)
      const answer = await api.requestPhoneCode({ phone, purpose: 'change_phone' })
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
    errors.value = validatePhoneChange(fields, current())
    if (Object.keys(errors.value).length) return
    sending.value = true
    try {
      const me = await api.changeMyPhone({ phone: normalisePhone(fields.phone), code: normaliseCode(fields.code) })
      session.update(me)
      fields.phone = ''
      fields.code = ''
      sentTo.value = ''
      attempted = false
      onDone(me.phone)
    } catch (err) {
      onFailure(err)
    } finally {
      sending.value = false
    }
  }

  return { fields, errors, failure, sending, requesting, sentTo, secondsLeft: countdown.left, requestCode, submit, revalidate }
}
