import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Me } from '@linli/contracts'
import { ApiError } from '@linli/api-client'
import { api } from '../api'

/** Who is signed in. Loaded once per page load; the router guard waits for it. */
export const useSessionStore = defineStore('session', () => {
  const me = ref<Me | null>(null)
  const loaded = ref(false)
  let pending: Promise<Me | null> | null = null

  const signedIn = computed(() => me.value !== null)

  async function fetchMe(): Promise<Me | null> {
    try {
      me.value = await api.getMe()
    } catch (err) {
      // 401 simply means signed out; anything else is also treated as signed out so the login page shows.
      if (!(err instanceof ApiError) || err.statusCode !== 401) console.warn('getMe failed', err)
      me.value = null
    }
    loaded.value = true
    return me.value
  }

  /** Loads the session once; later calls reuse the first answer unless `force` is set. */
  function load(force = false): Promise<Me | null> {
    if (force || !pending) pending = fetchMe()
    return pending
  }

  async function login(username: string, password: string): Promise<Me> {
    const result = await api.login({ username, password })
    me.value = result
    loaded.value = true
    pending = Promise.resolve(result)
    return result
  }

  async function logout() {
    try {
      await api.logout()
    } finally {
      forget()
    }
  }

  /** Drops the local session, e.g. after the API answered 401. */
  function forget() {
    me.value = null
    pending = Promise.resolve(null)
  }

  return { me, loaded, signedIn, load, login, logout, forget }
})
