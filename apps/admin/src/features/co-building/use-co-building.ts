import { computed, ref } from 'vue'
import { ElMessageBox } from 'element-plus'
import { useI18n } from 'vue-i18n'
import type { Center, Region } from '@linli/contracts'
import { api } from '../../api'
import { useApiError } from '../../composables/use-api-error'
import { useSessionStore } from '../../stores/session.store'

/** The regions and centers a district administrator may choose for units and partners (their own subtree). */
export function useScopeChoices() {
  const session = useSessionStore()
  const regions = ref<Region[]>([])
  const centers = ref<Center[]>([])
  async function load() {
    const [r, c] = await Promise.all([api.listRegions(), api.listCenters()])
    const root = session.me?.regionId
    const inside = new Set<string>(root ? [root] : [])
    for (let grew = true; grew;) {
      grew = false
      for (const x of r.items) if (x.parentId && inside.has(x.parentId) && !inside.has(x.id)) { inside.add(x.id); grew = true }
    }
    regions.value = r.items.filter((x) => inside.has(x.id))
    centers.value = session.me?.role === 'district_admin' ? c.items.filter((x) => inside.has(x.regionId)) : c.items.filter((x) => x.id === session.me?.centerId)
  }
  const isAdmin = computed(() => session.me?.role === 'district_admin')
  const isManager = computed(() => session.me?.role === 'center_manager')
  return { regions, centers, load, isAdmin, isManager }
}

/** Runs a call; returns '' when it worked, else the message to show beside the form. */
export function useRun() {
  const { message } = useApiError()
  return async (action: () => Promise<unknown>) => {
    try {
      await action()
      return ''
    } catch (err) {
      return message(err)
    }
  }
}

/** A yes/no question before something is deleted. */
export function useConfirm() {
  const { t } = useI18n()
  return (text: string, title: string) => ElMessageBox.confirm(text, title, {
    type: 'warning', confirmButtonText: t('coBuilding.confirm.ok'), cancelButtonText: t('coBuilding.confirm.cancel'), autofocus: false,
  }).then(() => true, () => false)
}
