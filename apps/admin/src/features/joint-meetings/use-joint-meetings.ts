import { computed, ref } from 'vue'
import { ElMessageBox } from 'element-plus'
import { useI18n } from 'vue-i18n'
import { ApiError } from '@linli/api-client'
import type { JointMeetingSummary } from '@linli/contracts'
import { api } from '../../api'
import { useApiError } from '../../composables/use-api-error'
import { useSessionStore } from '../../stores/session.store'
import type { OwnerKey } from './meeting-form'

export interface OwnerChoice { key: OwnerKey; name: string }

/**
 * The meetings the signed-in staff member sees (a district admin: all of their region's and its
 * centers'; center roles: their center's) and whose meetings they may record.
 */
export function useJointMeetings() {
  const session = useSessionStore()
  const run = useRun()
  const items = ref<JointMeetingSummary[]>([])
  const owners = ref<OwnerChoice[]>([])
  const loading = ref(false)
  const error = ref('')
  const isAdmin = computed(() => session.me?.role === 'district_admin')
  const hasScope = computed(() => Boolean(isAdmin.value ? session.me?.regionId : session.me?.centerId))

  async function reload() {
    const me = session.me
    if (!me || !hasScope.value) return
    loading.value = true
    error.value = await run(async () => {
      items.value = (isAdmin.value ? await api.listRegionJointMeetings(me.regionId!) : await api.listCenterJointMeetings(me.centerId!)).items
    })
    loading.value = false
  }

  /** A district admin's region, the regions below it and their centers; a center role's own center. */
  async function loadOwners() {
    const me = session.me
    if (!me || !hasScope.value) return
    const [r, c] = await Promise.all([api.listRegions(), api.listCenters()])
    if (!isAdmin.value) {
      owners.value = c.items.filter((x) => x.id === me.centerId).map((x) => ({ key: `center:${x.id}`, name: x.name }))
      return
    }
    const inside = new Set<string>([me.regionId!])
    for (let grew = true; grew;) {
      grew = false
      for (const x of r.items) if (x.parentId && inside.has(x.parentId) && !inside.has(x.id)) { inside.add(x.id); grew = true }
    }
    owners.value = [
      ...r.items.filter((x) => inside.has(x.id)).map((x): OwnerChoice => ({ key: `region:${x.id}`, name: x.name })),
      ...c.items.filter((x) => inside.has(x.regionId)).map((x): OwnerChoice => ({ key: `center:${x.id}`, name: x.name })),
    ]
  }

  return { items, owners, loading, error, isAdmin, hasScope, reload, loadOwners }
}

/** Runs a call; returns '' when it worked, else the message to show (this page's words where the shared ones speak of another feature). */
export function useRun() {
  const { message } = useApiError()
  const { t, te } = useI18n()
  return async (action: () => Promise<unknown>) => {
    try {
      await action()
      return ''
    } catch (err) {
      const own = err instanceof ApiError ? `jointMeetings.errors.${err.code}` : ''
      return own && te(own) ? t(own) : message(err)
    }
  }
}

/** A yes/no question before a meeting is deleted. */
export function useConfirm() {
  const { t } = useI18n()
  return (text: string, title: string) => ElMessageBox.confirm(text, title, {
    type: 'warning', confirmButtonText: t('jointMeetings.confirm.ok'), cancelButtonText: t('jointMeetings.confirm.cancel'), autofocus: false,
  }).then(() => true, () => false)
}
