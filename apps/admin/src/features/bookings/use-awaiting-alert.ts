import { computed, onMounted } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import { ElNotification } from 'element-plus'
import { useCenters } from '../centers/use-centers'
import { newArrivals } from './new-arrivals'
import { useAwaiting } from './use-awaiting'

/**
 * For staff without a center of their own (a subdistrict or district admin): the requests waiting
 * at their step of an approval chain, across every center in scope, and a notice when one arrives
 * there, whether a center's staff passed it on or its deadline lapsed. Center staff hear of new
 * requests through their center's pending count instead.
 */
export function useAwaitingAlert() {
  const { t } = useI18n()
  const router = useRouter()
  const centers = useCenters()
  const awaiting = useAwaiting(() => centers.centers.value.map((c) => c.id))
  let seen: Set<string> | undefined

  const announce = (n: number) => {
    const notice = ElNotification({
      type: 'info',
      position: 'bottom-right',
      title: t('bookings.arrivals.title'),
      message: t('bookings.arrivals.message', { n }),
      duration: 8000,
      onClick: () => {
        notice.close()
        void router.push({ name: 'bookings', query: { tab: 'awaiting' } })
      },
    })
  }

  onMounted(() => void centers.load())
  // useAwaiting re-reads on every hint of a followed center; only the read decides what is new.
  const ids = computed(() => awaiting.items.value.map((b) => b.id))
  const check = () => {
    if (awaiting.loading.value || awaiting.error.value) return
    const fresh = newArrivals(seen, ids.value)
    if (fresh.length) announce(fresh.length)
    seen = new Set(ids.value)
  }

  return { count: computed(() => awaiting.items.value.length), check, load: awaiting.load, loading: awaiting.loading }
}
