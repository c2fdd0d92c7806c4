import { ref } from 'vue'
import { useApiError } from '../../composables/use-api-error'
import { downloadFile } from './report-download'

/** Downloads of report tables, one at a time per button, with errors shown as messages. */
export function useReportDownload() {
  const busy = ref(new Set<string>())
  const { notify } = useApiError()

  async function download(key: string, url: string, fallbackName: string, name?: string) {
    busy.value = new Set(busy.value).add(key)
    try {
      await downloadFile(url, fallbackName, name)
    } catch (err) {
      notify(err)
    } finally {
      const left = new Set(busy.value)
      left.delete(key)
      busy.value = left
    }
  }

  return { busy, download }
}
