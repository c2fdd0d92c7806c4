import { onBeforeUnmount, type Ref, ref } from 'vue'
import { codeFromScan } from './booking-code'

interface Detector { detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]> }
type DetectorClass = new (options: { formats: string[] }) => Detector

/**
 * Reads booking codes from the camera (a phone at the desk), where the browser has BarcodeDetector.
 * Stops by itself after a code is read, on stop(), and when the dialog closes.
 */
export function useCameraScan(video: Ref<HTMLVideoElement | undefined>, onCode: (code: string) => void) {
  const scanning = ref(false)
  const failed = ref(false)
  let stream: MediaStream | undefined
  let timer: ReturnType<typeof setTimeout> | undefined

  function stop() {
    clearTimeout(timer)
    stream?.getTracks().forEach((t) => t.stop())
    stream = undefined
    scanning.value = false
  }

  async function start() {
    failed.value = false
    const Barcode = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector
    if (!Barcode) return void (failed.value = true)
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } })
      scanning.value = true
      const el = video.value
      if (!el) return stop()
      el.srcObject = stream
      await el.play()
      const detector = new Barcode({ formats: ['qr_code', 'code_128'] })
      const look = async () => {
        if (!scanning.value) return
        const code = (await detector.detect(el).catch(() => [])).map((c) => codeFromScan(c.rawValue)).find(Boolean)
        if (code) {
          stop()
          onCode(code)
        } else timer = setTimeout(() => void look(), 250)
      }
      void look()
    } catch {
      stop()
      failed.value = true
    }
  }

  onBeforeUnmount(stop)
  return { scanning, failed, start, stop }
}
