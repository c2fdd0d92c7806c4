import { onBeforeUnmount, ref, shallowRef } from 'vue'
import { ApiError } from '@linli/api-client'
import type { PairingStart } from '@linli/contracts'
import { api } from '../../api'
import { pollDelay } from './pairing-format'

/**
 * Shows a fresh pairing code and polls every 3 s until staff enter it in admin; the device token
 * is handed over once, to whoever holds the secret. An expired (or forgotten) code is replaced.
 */
export function usePairing(onPaired: (deviceToken: string) => void) {
  const pairing = shallowRef<PairingStart>()
  /** When the code expires by this screen's own clock, which may be set wrong. */
  const expiresAt = ref(0)
  /** The API cannot be reached (or refuses): the screen says it keeps trying. */
  const unreachable = ref(false)
  let failures = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  let stopped = false

  const next = (fn: () => Promise<void>, ms: number) => {
    clearTimeout(timer)
    if (!stopped) timer = setTimeout(() => void fn(), ms)
  }

  const failed = (err: unknown, retry: () => Promise<void>) => {
    console.warn('[pairing] request failed', err)
    failures++
    unreachable.value = true
    // Too many fresh codes in a minute is refused (429): wait the limit out.
    next(retry, err instanceof ApiError && err.statusCode === 429 ? 30_000 : pollDelay(failures))
  }

  async function start() {
    try {
      const started = await api.startPairing()
      expiresAt.value = Date.now() + started.ttlSeconds * 1000
      pairing.value = started
      failures = 0
      unreachable.value = false
      next(poll, pollDelay(0))
    } catch (err) {
      failed(err, start)
    }
  }

  async function poll() {
    const current = pairing.value
    if (!current || stopped) return
    if (expiresAt.value <= Date.now()) return start()
    try {
      const answer = await api.pollPairing(current.pairingId, current.secret)
      if (stopped || pairing.value !== current) return
      failures = 0
      unreachable.value = false
      if (answer.status === 'paired') return onPaired(answer.deviceToken)
      if (answer.status === 'expired') return start()
      next(poll, pollDelay(0))
    } catch (err) {
      // The API forgot this pairing (e.g. a fresh database): start over with a new code.
      if (err instanceof ApiError && err.statusCode === 404) return start()
      failed(err, poll)
    }
  }

  void start()
  onBeforeUnmount(() => {
    stopped = true
    clearTimeout(timer)
  })

  return { pairing, expiresAt, unreachable }
}
