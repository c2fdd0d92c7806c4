import { ref } from 'vue'
import type { ApprovalChain, ApprovalChainPut } from '@linli/contracts'
import { api } from '../../api'
import { useApiError } from '../../composables/use-api-error'

/** A center's approval chains (审批流程): read, set one (the API refuses a bad chain with a 400 naming it), delete one. */
export function useApprovalChains() {
  const items = ref<ApprovalChain[]>([])
  const busy = ref(false)
  const { notify } = useApiError()

  async function load(centerId: string) {
    try {
      items.value = (await api.listApprovalChains(centerId)).items
    } catch (err) {
      items.value = []
      notify(err)
    }
  }
  async function run(centerId: string, call: () => Promise<unknown>) {
    busy.value = true
    try {
      await call()
      return true
    } catch (err) {
      notify(err)
      return false
    } finally {
      busy.value = false
      await load(centerId)
    }
  }
  const save = (centerId: string, body: ApprovalChainPut) => run(centerId, () => api.putApprovalChain(centerId, body))
  const remove = (centerId: string, chainId: string) => run(centerId, () => api.deleteApprovalChain(chainId))

  return { items, busy, load, save, remove }
}
