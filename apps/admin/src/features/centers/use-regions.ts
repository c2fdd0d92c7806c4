import { computed, ref } from 'vue'
import type { Region } from '@linli/contracts'
import { api } from '../../api'
import { buildRegionTree, regionPath } from './region-tree'

/** Regions in the staff member's scope, as a flat list and as a tree for pickers. */
export function useRegions() {
  const regions = ref<Region[]>([])
  const loading = ref(false)
  const failed = ref<unknown>(null)

  async function load() {
    loading.value = true
    failed.value = null
    try {
      regions.value = (await api.listRegions()).items
    } catch (err) {
      // Not fatal: the center dialog still shows the center's own region by name.
      failed.value = err
    } finally {
      loading.value = false
    }
  }

  const tree = computed(() => buildRegionTree(regions.value))
  /** The part of the tree a district admin may place centers in. */
  const treeWithin = (rootId: string | null | undefined) => (rootId ? buildRegionTree(regions.value, rootId) : tree.value)
  const pathOf = (regionId: string) => regionPath(regions.value, regionId)

  return { regions, tree, treeWithin, loading, failed, load, pathOf }
}
