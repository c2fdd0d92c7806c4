import { reactive, ref, shallowRef } from 'vue'
import { hasCode } from '../booking/api-errors'
import { type FieldErrors, type SignUpFields, toSignIn, toSignUp, validateSignIn, validateSignUp } from './login-validation'
import { useResidentSession } from './use-resident-session'

/**
 * Sign-in and sign-up share one set of fields, so switching mode keeps what was typed. Fields are
 * checked on submit and, after a first attempt, as they change, so messages never nag too early.
 */
export function useSignInForm(onDone: () => void) {
  const session = useResidentSession()
  const mode = ref<'sign-in' | 'sign-up'>('sign-in')
  const fields = reactive<SignUpFields>({ name: '', phone: '', password: '', organisationName: '' })
  const errors = ref<FieldErrors>({})
  const failure = shallowRef<unknown>()
  const sending = ref(false)
  let attempted = false

  const validate = () => (mode.value === 'sign-in' ? validateSignIn(fields) : validateSignUp(fields))
  const revalidate = () => {
    if (attempted) errors.value = validate()
  }

  function switchMode() {
    mode.value = mode.value === 'sign-in' ? 'sign-up' : 'sign-in'
    failure.value = undefined
    revalidate()
  }

  async function submit() {
    attempted = true
    failure.value = undefined
    errors.value = validate()
    if (Object.keys(errors.value).length) return
    sending.value = true
    try {
      if (mode.value === 'sign-in') await session.signIn(toSignIn(fields))
      else await session.signUp(toSignUp(fields))
      onDone()
    } catch (err) {
      failure.value = err
      // The number has an account already: most likely this person, so offer sign-in with it filled.
      if (hasCode(err, 'phone_registered')) mode.value = 'sign-in'
    } finally {
      sending.value = false
    }
  }

  return { mode, fields, errors, failure, sending, switchMode, submit, revalidate }
}
