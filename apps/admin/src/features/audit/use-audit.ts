import { ref } from 'vue'
import type { AuditEntry, AuditQuery } from '@linli/contracts'
import { useApiError } from '../../composables/use-api-error'
import { listAudit } from './audit-api'

/** One search of the audit log, with loading and error state. */
export function useAudit() {
  const items = ref<AuditEntry[]>([])
  const loading = ref(false)
  const error = ref('')
  const { message, notify } = useApiError()
  let latest = 0

  async function load(query: AuditQuery) {
    const call = ++latest
    loading.value = true
    error.value = ''
    try {
      const answer = await listAudit(query)
      // A slower answer for an earlier filter must not overwrite the current one.
      if (call === latest) items.value = answer.items
    } catch (err) {
      if (call !== latest) return
      items.value = []
      error.value = message(err)
      notify(err)
    } finally {
      if (call === latest) loading.value = false
    }
  }

  return { items, loading, error, load }
}
