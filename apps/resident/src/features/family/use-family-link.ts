import { reactive, ref, shallowRef } from 'vue'
import { ApiError } from '@linli/api-client'
import type { FamilyLink } from '@linli/contracts'
import { api } from '../../api'
import { describeError, hasCode, isSignedOutError } from '../../shared/api-errors'
import { maskPhone } from '../../shared/format'
import { normaliseCode, validateCodeSignIn } from '../../shared/sign-in/code-validation'
import { normalisePhone, phoneError } from '../../shared/sign-in/login-validation'
import { useCodeCountdown } from '../../shared/sign-in/use-code-countdown'
import { useResidentSession } from '../../shared/use-resident-session'

/** Answers about the code (or the number it went to), shown beside the field the resident is looking at. */
const CODE_ANSWERS = ['code_invalid', 'code_expired', 'code_used', 'too_many_tries', 'too_many_codes', 'codes_unavailable']
const PHONE_ANSWERS = ['family_self', 'family_already_linked', 'family_limit']

/**
 * 添加家人: a 'family_link' code goes to the member's number; the member reads it out and the
 * proxy types it here. The link is made only with it.
 */
export function useFamilyLink(onLinked: (link: FamilyLink) => void) {
  const session = useResidentSession()
  const fields = reactive({ phone: '', code: '' })
  const errors = ref<{ phone?: string; code?: string }>({})
  const failure = shallowRef<string>()
  const sending = ref(false)
  const requesting = ref(false)
  const sentTo = ref('')
  const countdown = useCodeCountdown()

  function onFailure(err: unknown) {
    if (isSignedOutError(err)) session.forget()
    const key = describeError(err).key
    if (CODE_ANSWERS.some((c) => hasCode(err, c))) errors.value = { ...errors.value, code: key }
    else if (PHONE_ANSWERS.some((c) => hasCode(err, c))) errors.value = { ...errors.value, phone: key }
    else failure.value = key
  }

  async function requestCode() {
    failure.value = undefined
    const phone = phoneError(fields.phone)
    errors.value = { phone, code: undefined }
    if (phone) return
    requesting.value = true
    try {
      const number = normalisePhone(fields.phone)
      const answer = await api.requestFamilyCode({ phone: number })
      sentTo.value = maskPhone(number)
      countdown.start(answer.resendAfterSeconds)
    } catch (err) {
      if (err instanceof ApiError && err.code === 'too_many_codes') countdown.start(err.retryAfterSeconds)
      onFailure(err)
    } finally {
      requesting.value = false
    }
  }

  async function submit() {
    failure.value = undefined
    errors.value = validateCodeSignIn({ name: '', password: '', organisationName: '', ...fields })
    if (errors.value.phone || errors.value.code) return
    sending.value = true
    try {
      const link = await api.linkFamilyMember({ phone: normalisePhone(fields.phone), code: normaliseCode(fields.code) })
      fields.phone = ''
      fields.code = ''
      sentTo.value = ''
      onLinked(link)
    } catch (err) {
      onFailure(err)
    } finally {
      sending.value = false
    }
  }

  return { fields, errors, failure, sending, requesting, sentTo, secondsLeft: countdown.left, requestCode, submit }
}
