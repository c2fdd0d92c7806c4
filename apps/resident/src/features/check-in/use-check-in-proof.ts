import { ref } from 'vue'
import { useRoute } from 'vue-router'
import { cleanDeskCode, isDeskCode, needsDeskCode, scannedCode } from './check-in-proof'

/**
 * What the check-in sends to prove the resident is there: the screen's rotating code from the QR
 * link, or, where none came with it (a printed door code) or the API refused it (too old, another
 * room's), the 签到码 of the day the service desk reads out, typed by the resident.
 */
export function useCheckInProof() {
  const scanned = scannedCode(useRoute().query)
  const asking = ref(!scanned)
  const deskCode = ref('')
  const invalid = ref(false)

  /** The proof to send now; undefined while the desk's code is still to be typed (the field then says so). */
  function proof(): string | undefined {
    if (!asking.value) return scanned
    invalid.value = !isDeskCode(deskCode.value)
    return invalid.value ? undefined : cleanDeskCode(deskCode.value)
  }

  /** After a refusal: whether it was the proof, in which case the desk's code is asked for from now on. */
  function refused(err: unknown) {
    if (!needsDeskCode(err)) return false
    asking.value = true
    return true
  }

  return { asking, deskCode, invalid, proof, refused }
}
