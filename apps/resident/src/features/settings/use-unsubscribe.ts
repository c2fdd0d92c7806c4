import { ref, shallowRef, watch } from 'vue'
import { ApiError } from '@linli/api-client'
import type { UnsubscribeQuery, UnsubscribeState } from '@linli/contracts'
import { api } from '../../api'

/** invalid: not a link of ours or no longer known; done: turned off by this page's tap. */
export type UnsubscribePhase = 'loading' | 'invalid' | 'error' | 'ready' | 'done'

// 404: the token names nobody (a resident gone, a link from before a new token); 400: mangled.
const badLink = (err: unknown) => err instanceof ApiError && (err.statusCode === 404 || err.statusCode === 400)

/**
 * An unsubscribe link, read without changing anything (link scanners open links too); the channel
 * goes off only when the resident taps, and the page then shows what the server says now.
 */
export function useUnsubscribe(link: () => UnsubscribeQuery | null) {
  const phase = ref<UnsubscribePhase>('loading')
  const state = shallowRef<UnsubscribeState>()
  const error = shallowRef<unknown>()
  const working = ref(false)
  const failure = shallowRef<unknown>()

  async function read() {
    const q = link()
    failure.value = undefined
    if (!q) {
      phase.value = 'invalid'
      return
    }
    phase.value = 'loading'
    try {
      state.value = await api.readUnsubscribeLink(q)
      phase.value = 'ready'
    } catch (err) {
      error.value = err
      phase.value = badLink(err) ? 'invalid' : 'error'
    }
  }

  async function confirm() {
    const q = link()
    if (!q || working.value) return
    working.value = true
    failure.value = undefined
    try {
      state.value = await api.unsubscribeChannel(q)
      phase.value = 'done'
    } catch (err) {
      if (badLink(err)) phase.value = 'invalid'
      else failure.value = err
    } finally {
      working.value = false
    }
  }

  watch(() => JSON.stringify(link()), () => void read(), { immediate: true })
  return { phase, state, error, working, failure, read, confirm }
}
