import { computed, ref, shallowRef, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { ApiError } from '@linli/api-client'
import type { ResetPasswordWithCode, Resident, ResidentLogin, SignInWithCode, SignUpWithCode } from '@linli/contracts'
import { api } from '../api'

// Shared by every phone page: the session cookie is asked about once per visit, then kept
// current by sign-in, sign-out and any 401 a page runs into.
const resident = shallowRef<Resident | null>(null)
const status = ref<'unknown' | 'checking' | 'known' | 'error'>('unknown')
let checking: Promise<void> | undefined

function check(force = false): Promise<void> {
  if (checking) return checking
  if (status.value === 'known' && !force) return Promise.resolve()
  status.value = 'checking'
  checking = api.getResidentMe()
    .then((me) => {
      resident.value = me
      status.value = 'known'
    })
    .catch((err: unknown) => {
      // 401: no session; 404: the account behind an old cookie is gone. Both mean signed out.
      if (err instanceof ApiError && (err.statusCode === 401 || err.statusCode === 404)) {
        resident.value = null
        status.value = 'known'
      } else status.value = 'error'
    })
    .finally(() => {
      checking = undefined
    })
  return checking
}

export function useResidentSession() {
  void check()

  async function signIn(body: ResidentLogin) {
    resident.value = await api.residentLogin(body)
    status.value = 'known'
  }

  /** Every way in by SMS code (sign-up, sign-in, reset) ends signed in as the number's resident. */
  async function enter(call: Promise<Resident>) {
    resident.value = await call
    status.value = 'known'
  }
  const signInWithCode = (body: SignInWithCode) => enter(api.residentSignInWithCode(body))
  const signUpWithCode = (body: SignUpWithCode) => enter(api.residentSignUpWithCode(body))
  const resetPassword = (body: ResetPasswordWithCode) => enter(api.residentResetPassword(body))
  /** A one-time link from the service desk's QR signs this phone in as the resident it was made for. */
  const signInWithLink = (token: string) => enter(api.signInWithLink({ token }))

  async function signOut() {
    try {
      await api.residentLogout()
    } finally {
      resident.value = null
      status.value = 'known'
    }
  }

  /** 我的账号 changed the name or number: the server's answer is the resident as they are now. */
  function update(me: Resident) {
    resident.value = me
    status.value = 'known'
  }

  /** A call answered 401: the cookie expired or was cleared elsewhere. */
  function forget() {
    resident.value = null
    status.value = 'known'
  }

  return {
    resident: computed(() => resident.value),
    known: computed(() => status.value === 'known'),
    failed: computed(() => status.value === 'error'),
    signedIn: computed(() => resident.value !== null),
    check,
    signIn,
    signInWithCode,
    signUpWithCode,
    resetPassword,
    signInWithLink,
    signOut,
    update,
    forget,
  }
}

/** For pages that only make sense signed in: sends signed-out visitors to sign in and back here. */
export function useSignedInOnly() {
  const session = useResidentSession()
  const route = useRoute()
  const router = useRouter()
  watch(
    [session.known, session.signedIn],
    ([known, signedIn]) => {
      if (known && !signedIn) void router.replace({ name: 'm-login', query: { redirect: route.fullPath } })
    },
    { immediate: true },
  )
  return session
}
