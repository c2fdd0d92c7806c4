import { onBeforeUnmount, onMounted, ref, shallowRef } from 'vue'
import { type PushStatus, pushStatus, subscribePush, unsubscribePush } from '../../shared/push-subscription'

export type PushOutcome = { kind: 'enabled' | 'disabled' | 'refused' } | { kind: 'error'; error: unknown }

/**
 * Push in this browser: where it stands, and turning it on (the browser asks the resident first)
 * or off. Looked at again whenever the page comes back into view, since the resident may have
 * changed the browser's permission in its settings meanwhile.
 */
export function usePushSwitch() {
  const status = ref<PushStatus | 'checking'>('checking')
  const busy = ref<'enable' | 'disable'>()
  const outcome = shallowRef<PushOutcome>()

  async function check() {
    if (busy.value) return
    try {
      status.value = await pushStatus()
    } catch {
      status.value = 'unsupported'
    }
  }

  async function run(action: 'enable' | 'disable') {
    if (busy.value) return
    busy.value = action
    outcome.value = undefined
    try {
      const next = action === 'enable' ? await subscribePush() : await unsubscribePush()
      status.value = next
      if (action === 'disable') outcome.value = { kind: 'disabled' }
      else if (next === 'on') outcome.value = { kind: 'enabled' }
      // Blocked outright ('denied'): the state line already says where to allow it again.
      else if (next === 'off') outcome.value = { kind: 'refused' }
    } catch (err) {
      // The server or the browser's push service refused: what the browser holds now is the truth.
      outcome.value = { kind: 'error', error: err }
      busy.value = undefined
      await check()
    } finally {
      busy.value = undefined
    }
  }

  const onVisible = () => {
    if (document.visibilityState === 'visible') void check()
  }
  onMounted(() => {
    void check()
    document.addEventListener('visibilitychange', onVisible)
  })
  onBeforeUnmount(() => document.removeEventListener('visibilitychange', onVisible))

  return { status, busy, outcome, enable: () => run('enable'), disable: () => run('disable') }
}
