import { onBeforeUnmount, watchEffect } from 'vue'
import { SCREEN_VIEWING_DEFAULTS } from '@linli/contracts'
import { type Viewing, typeScale } from './type-scale'
import { REM_CHANGED } from './use-element-size'

/**
 * Sizes 1rem of the wall screens (kiosk-screen.css reads --kiosk-rem) for the panel and viewing
 * distance staff set for this screen, 55 inches at 3 m when nothing is set, and again whenever the
 * window or the settings change.
 */
export function useTypeScale(viewing: () => Partial<Viewing> | undefined) {
  const apply = () => {
    const v = viewing()
    const panel = { panelInches: v?.panelInches ?? SCREEN_VIEWING_DEFAULTS.panelInches, viewingDistanceM: v?.viewingDistanceM ?? SCREEN_VIEWING_DEFAULTS.viewingDistanceM }
    const { remPx } = typeScale(panel, window.innerWidth, window.innerHeight)
    const value = `${remPx.toFixed(2)}px`
    const root = document.documentElement.style
    if (root.getPropertyValue('--kiosk-rem') === value) return
    root.setProperty('--kiosk-rem', value)
    window.dispatchEvent(new Event(REM_CHANGED))
  }
  watchEffect(apply)
  window.addEventListener('resize', apply)
  onBeforeUnmount(() => window.removeEventListener('resize', apply))
}
