import { onBeforeUnmount, shallowRef, watch } from 'vue'
import { api } from '../../api'
import { type CodeOf, type HeldCodes, RETRY_MS, msUntilRefresh, msUntilStale, tokenFor } from './check-in-codes'

/**
 * The rotating check-in codes of a paired screen: read with its device token, read again as each
 * 30 s slot starts, and dropped once stale, so a QR never shows a code the server would refuse.
 * Without them (not paired, offline) the boards show their codes without one and send residents to the desk.
 */
export function useCheckInCodes(deviceToken: () => string | undefined) {
  const held = shallowRef<HeldCodes>()
  let refresh: ReturnType<typeof setTimeout> | undefined
  let stale: ReturnType<typeof setTimeout> | undefined
  let stopped = false

  async function load() {
    clearTimeout(refresh)
    const token = deviceToken()
    if (!token || stopped) return
    try {
      const tokens = await api.getCheckInTokens(token)
      if (stopped || token !== deviceToken()) return
      const codes = { tokens, skew: Date.parse(tokens.serverTime) - Date.now() }
      held.value = codes
      clearTimeout(stale)
      stale = setTimeout(() => held.value === codes && (held.value = undefined), msUntilStale(codes, Date.now()))
      refresh = setTimeout(() => void load(), msUntilRefresh(codes, Date.now()))
    } catch {
      // Offline or the server is away: keep the codes until they go stale, and try again soon.
      refresh = setTimeout(() => void load(), RETRY_MS)
    }
  }

  watch(deviceToken, () => {
    held.value = undefined
    void load()
  }, { immediate: true })
  onBeforeUnmount(() => {
    stopped = true
    clearTimeout(refresh)
    clearTimeout(stale)
  })

  const codeOf: CodeOf = (place, id) => tokenFor(held.value, place, id, Date.now())
  return { held, codeOf }
}
