import { ref, type Ref } from 'vue'
import { ElMessage } from 'element-plus'
import { useApiError } from './use-api-error'

/**
 * The save step of an edit dialog: a success message, the saved row handed on, the dialog closed.
 * A failure is shown and the dialog stays open, so nothing typed is lost.
 */
export function useDialogSave<T>(visible: Ref<boolean>, onSaved: (saved: T) => void) {
  const { notify } = useApiError()
  const saving = ref(false)

  async function run(request: () => Promise<T>, message: (saved: T) => string) {
    saving.value = true
    try {
      const saved = await request()
      ElMessage.success(message(saved))
      onSaved(saved)
      visible.value = false
    } catch (err) {
      notify(err)
    } finally {
      saving.value = false
    }
  }

  return { saving, run }
}
