import { readonly, ref } from 'vue'
import { browserStore } from '@linli/web-shared'
import { applyElderMode, storeElderMode, storedElderMode } from './elder-mode'

// One switch for the whole app: the top bar of every phone page shows and flips the same state.
const on = ref(storedElderMode(browserStore()))

/**
 * The 长辈版 preference. Called from the phone shell's setup, which runs before the shell is first
 * drawn, so a resident who chose 长辈版 never sees the page jump from small to large type.
 */
export function useElderMode() {
  applyElderMode(globalThis.document?.documentElement, on.value)
  function toggle() {
    on.value = !on.value
    storeElderMode(browserStore(), on.value)
    applyElderMode(globalThis.document?.documentElement, on.value)
  }
  return { on: readonly(on), toggle }
}

/** The phone pages are left (e.g. for the lobby screen): large type must not follow. */
export const leaveElderMode = () => applyElderMode(globalThis.document?.documentElement, false)
