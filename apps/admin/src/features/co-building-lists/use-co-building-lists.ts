import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { CoBuildingLists } from '@linli/contracts'
import { api } from '../../api'
import { useApiError } from '../../composables/use-api-error'
import { type ListsScope, ownErrorKey } from './lists-scope'

/** Runs a call; returns '' when it worked, else the text to show (this page's own for a few codes). */
export function useListsRun() {
  const { t } = useI18n()
  const { message } = useApiError()
  return async (action: () => Promise<unknown>) => {
    try {
      await action()
      return ''
    } catch (err) {
      const own = ownErrorKey(err)
      return own ? t(own) : message(err)
    }
  }
}

/** The three lists of one scope, with loading and error state; a late answer for an earlier scope is dropped. */
export function useCoBuildingLists() {
  const lists = ref<CoBuildingLists | null>(null)
  const loading = ref(false)
  const error = ref('')
  const run = useListsRun()
  let latest = 0

  async function load(scope: ListsScope | undefined) {
    const call = ++latest
    if (!scope) {
      lists.value = null
      return
    }
    loading.value = true
    let answer: CoBuildingLists | undefined
    const failed = await run(async () => {
      answer = await (scope.kind === 'center' ? api.getCenterCoBuildingLists(scope.id) : api.getRegionCoBuildingLists(scope.id))
    })
    if (call !== latest) return
    error.value = failed
    if (answer) lists.value = answer
    else if (failed) lists.value = null
    loading.value = false
  }

  return { lists, loading, error, load }
}
