import { computed, onBeforeUnmount, ref, shallowRef, watch } from 'vue'
import { ApiError } from '@linli/api-client'
import type { ScreenConfig } from '@linli/contracts'
import { api } from '../../api'
import { i18n } from '../../i18n'
import { forgetDevice, readDeviceToken, readScreenConfig, saveDeviceToken, saveScreenConfig } from '../../offline/device-store'
import { APP_VERSION } from '../../realtime/app-version'
import { disconnect, onScreenEvents, sendHeartbeat, setDeviceToken } from '../../realtime/socket'

export const HEARTBEAT_MS = 30_000
export const CONFIG_RETRY_MS = 10_000

export type SessionState = 'pairing' | 'starting' | 'paired'

/**
 * Who this screen is: unpaired (show a pairing code), paired but not yet told its settings, or
 * paired with a layout. The device token and last settings survive reloads in localStorage, so a
 * screen restarted without network comes back on its layout. A revoked token (401 on reading the
 * settings, 'screen:revoked', or a refused handshake) sends it back to pairing.
 */
export function useScreenSession() {
  const token = ref(readDeviceToken())
  const config = shallowRef<ScreenConfig | undefined>(token.value ? readScreenConfig() : undefined)
  const identify = shallowRef<{ name: string; seconds: number; at: number }>()
  const state = computed<SessionState>(() => (!token.value ? 'pairing' : config.value ? 'paired' : 'starting'))

  let retryTimer: ReturnType<typeof setTimeout> | undefined
  let identifyTimer: ReturnType<typeof setTimeout> | undefined
  let stopEvents: (() => void) | undefined

  function applyLanguage(c: ScreenConfig | undefined) {
    if (c) i18n.global.locale.value = c.language
  }

  async function loadConfig() {
    const t = token.value
    if (!t) return
    clearTimeout(retryTimer)
    try {
      const c = await api.getScreenConfig(t)
      if (token.value !== t) return
      config.value = c
      saveScreenConfig(c)
      applyLanguage(c)
    } catch (err) {
      if (token.value !== t) return
      if (err instanceof ApiError && err.statusCode === 401) return forget()
      console.warn('[screen] reading the settings failed; keeping the last ones', err)
      retryTimer = setTimeout(() => void loadConfig(), CONFIG_RETRY_MS)
    }
  }

  function adopt(deviceToken: string) {
    saveDeviceToken(deviceToken)
    config.value = undefined
    token.value = deviceToken
  }

  function forget() {
    forgetDevice()
    config.value = undefined
    token.value = undefined
  }

  function showIdentify(payload: { name: string; seconds: number }) {
    clearTimeout(identifyTimer)
    identify.value = { ...payload, at: Date.now() }
    identifyTimer = setTimeout(() => (identify.value = undefined), Math.max(1, payload.seconds) * 1000)
  }

  watch(
    token,
    (t) => {
      stopEvents?.()
      stopEvents = undefined
      setDeviceToken(t)
      if (!t) return disconnect()
      stopEvents = onScreenEvents({
        connected: () => {
          sendHeartbeat(APP_VERSION)
          void loadConfig()
        },
        config: () => void loadConfig(),
        reload: () => location.reload(),
        identify: showIdentify,
        revoked: forget,
      })
      void loadConfig()
    },
    { immediate: true },
  )
  applyLanguage(config.value)

  const heartbeat = setInterval(() => sendHeartbeat(APP_VERSION), HEARTBEAT_MS)
  onBeforeUnmount(() => {
    stopEvents?.()
    clearInterval(heartbeat)
    clearTimeout(retryTimer)
    clearTimeout(identifyTimer)
  })

  return { state, config, identify, adopt, forget }
}
