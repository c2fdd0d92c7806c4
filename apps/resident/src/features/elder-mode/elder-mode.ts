import type { KeyValueStore } from '@linli/web-shared'

/** Kept on this phone like the language: a resident who picked 长辈版 gets it on every later visit and QR scan. */
export const ELDER_MODE_KEY = 'linli.phone.elder'

/** The class on <html> that switches the phone pages' custom properties to the large sizes. */
export const ELDER_CLASS = 'm-elder'

export function storedElderMode(store: KeyValueStore | undefined): boolean {
  try {
    return store?.getItem(ELDER_MODE_KEY) === '1'
  } catch {
    // Storage refused (private browsing on some phones): standard size until switched on this visit.
    return false
  }
}

/** Remembers the choice; standard is the default, so turning it off removes the entry. */
export function storeElderMode(store: KeyValueStore | undefined, on: boolean) {
  try {
    if (on) store?.setItem(ELDER_MODE_KEY, '1')
    else store?.removeItem(ELDER_MODE_KEY)
  } catch {
    // Full or refused storage: the choice lasts for this visit only.
  }
}

export function applyElderMode(root: Pick<HTMLElement, 'classList'> | undefined, on: boolean) {
  root?.classList.toggle(ELDER_CLASS, on)
}
