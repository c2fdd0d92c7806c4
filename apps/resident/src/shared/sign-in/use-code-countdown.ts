import { computed, onBeforeUnmount, ref } from 'vue'
import { resendAt, secondsLeft } from './code-countdown'

/**
 * The 获取验证码 button's wait: counts down once a second while there is something to wait for,
 * and stops with the component, so a page left open does not keep a timer running.
 */
export function useCodeCountdown() {
  const until = ref(0)
  const now = ref(Date.now())
  let timer: ReturnType<typeof setInterval> | undefined

  const stop = () => {
    if (timer) clearInterval(timer)
    timer = undefined
  }
  const left = computed(() => secondsLeft(until.value, now.value))

  function start(waitSeconds: number | undefined) {
    now.value = Date.now()
    until.value = resendAt(now.value, waitSeconds)
    stop()
    timer = setInterval(() => {
      now.value = Date.now()
      if (!left.value) stop()
    }, 1000)
  }

  onBeforeUnmount(stop)
  return { left, start }
}
