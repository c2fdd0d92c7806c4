import { ref, shallowRef } from 'vue'
import { api } from '../../api'
import { isSignedOutError } from '../../shared/api-errors'
import { useResidentSession } from '../../shared/use-resident-session'
import { accountErrorKey } from './account-errors'
import { exportFileName, exportFileText, saveTextFile } from './export-file'

/** 下载我的数据: reads the export and saves it as a dated JSON file. */
export function useAccountExport() {
  const session = useResidentSession()
  const working = ref(false)
  const saved = ref('')
  const error = shallowRef<string>()

  async function download() {
    working.value = true
    saved.value = ''
    error.value = undefined
    try {
      const data = await api.exportMyData()
      const name = exportFileName(new Date())
      saveTextFile(name, exportFileText(data))
      saved.value = name
    } catch (err) {
      if (isSignedOutError(err)) session.forget()
      error.value = accountErrorKey(err)
    } finally {
      working.value = false
    }
  }

  return { working, saved, error, download }
}
