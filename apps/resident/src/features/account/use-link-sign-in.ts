import { ref } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { describeError } from '../../shared/api-errors'
import { useResidentSession } from '../../shared/use-resident-session'

/**
 * `/m/login?t=…`: the one-time link of a QR handed over at the service desk. The token is spent
 * on the first try either way, so it leaves the address bar at once (a reload, a shared screenshot
 * or the history must not carry it); then the phone is signed in as the resident it was made for.
 */
export function useLinkSignIn(onSignedIn: () => void) {
  const route = useRoute()
  const router = useRouter()
  const session = useResidentSession()
  const token = typeof route.query.t === 'string' ? route.query.t : null
  const state = ref<'none' | 'working' | 'failed'>(token ? 'working' : 'none')
  const errorKey = ref('')

  if (token) {
    const { t: _spent, ...rest } = route.query
    void router.replace({ query: rest })
    session.signInWithLink(token).then(onSignedIn, (err: unknown) => {
      errorKey.value = describeError(err).key
      state.value = 'failed'
    })
  }

  return { state, errorKey }
}
