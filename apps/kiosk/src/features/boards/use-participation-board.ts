import { type Ref, computed, onBeforeUnmount, shallowRef, watch } from 'vue'
import type { Leaderboard, SignupListing } from '@linli/contracts'
import { api } from '../../api'
import { followCenter } from '../../realtime/socket'
import { checkInWindowOf, rulesOf } from '../participation/rules'
import { RETRY_MS } from './use-center-snapshot'
import type { CheckInWindow, SeatInfo } from './participation-qr'

/**
 * Seats and points change with every sign-up and check-in, which need not come with a push; a
 * minute's delay on a lobby screen is fine, and two small reads a minute cost little.
 */
export const PARTICIPATION_REFRESH_MS = 60_000

/**
 * What a board adds for participation: seat numbers and the check-in window (from the public
 * sign-up listing) and the volunteer leaderboard (empty unless the center opted in). Re-read on
 * every push for the center and every (re)connect, like the rest of the board, and every minute.
 * Kept in memory only; without it the board still shows its codes with the default window, and
 * no leaderboard.
 */
export function useParticipationBoard(centerId: Ref<string>, options: { leaderboard: boolean } = { leaderboard: true }) {
  const listing = shallowRef<SignupListing>()
  const leaderboard = shallowRef<Leaderboard>()
  let running: Promise<void> | undefined
  let again = false
  let retryTimer: ReturnType<typeof setTimeout> | undefined

  async function read() {
    const id = centerId.value
    // A door panel shows no leaderboard, so it does not ask for one.
    const [signups, board] = await Promise.allSettled([api.listSignups(id), options.leaderboard ? api.getLeaderboard(id) : undefined])
    if (id !== centerId.value) return
    if (signups.status === 'fulfilled') listing.value = signups.value
    if (board.status === 'fulfilled' && board.value) leaderboard.value = board.value
    if (signups.status === 'rejected' || board.status === 'rejected') {
      clearTimeout(retryTimer)
      retryTimer = setTimeout(refresh, RETRY_MS)
    }
  }

  /** Calls made while a read is under way are merged into one more read after it. */
  function refresh() {
    if (running) {
      again = true
      return
    }
    running = read().finally(() => {
      running = undefined
      if (again) {
        again = false
        refresh()
      }
    })
  }

  let stopFollowing: (() => void) | undefined
  const stopWatching = watch(centerId, (id, before) => {
    stopFollowing?.()
    if (before !== undefined && id !== before) {
      listing.value = undefined
      leaderboard.value = undefined
    }
    stopFollowing = followCenter(id, refresh)
    refresh()
  }, { immediate: true })
  const fullTimer = setInterval(refresh, PARTICIPATION_REFRESH_MS)
  onBeforeUnmount(() => {
    stopWatching()
    stopFollowing?.()
    clearTimeout(retryTimer)
    clearInterval(fullTimer)
  })

  const seats = computed(() => new Map<string, SeatInfo>((listing.value?.items ?? []).map((i) => [i.id, i])))
  const window = computed<CheckInWindow>(() => checkInWindowOf(rulesOf(listing.value)))
  /** Only when the center opted in; the API sends aliases of consenting members, never names. */
  const board = computed(() => (leaderboard.value?.enabled ? leaderboard.value : undefined))

  return { seats, window, leaderboard: board, refresh }
}
