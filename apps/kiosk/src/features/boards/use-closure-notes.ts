import { type Ref, computed } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Announcement, ScheduleClosure } from '@linli/contracts'
import { type ClosureLine, closureLines, closureWhen } from '@linli/web-shared'

/**
 * What a board says of closures (the center's and any room's; a door panel's `roomId` keeps the
 * center's and its own), today's first, then those in the days the board holds:
 * - `badge`: one line for the header, in the subtitle's place (e.g. 今日 闭馆 · 设备检修, "等 2 项" when more);
 * - `notes`: each closure as a ticker page with its reason, today's as important ones.
 */
export function useClosureNotes(closures: Ref<readonly ScheduleClosure[] | undefined>, today: Ref<string>, now: Ref<Date>, roomId?: Ref<string | null>) {
  const { t, locale } = useI18n()
  const what = (l: ClosureLine) => (l.scope === 'center' ? t('closure.centerClosed') : t('closure.roomPaused', { room: l.roomName ?? '' }))
  const text = (l: ClosureLine) => `${closureWhen(l, today.value, locale.value, t('closure.today'))} ${what(l)} · ${l.reason}`
  const lines = computed(() => closureLines(closures.value, today.value, now.value.getTime(), roomId?.value ?? undefined))

  const badge = computed(() => {
    const all = [...lines.value.today, ...lines.value.upcoming]
    if (!all[0]) return undefined
    return all.length > 1 ? `${text(all[0])} ${t('closure.more', { n: all.length - 1 })}` : text(all[0])
  })
  /** Today's closures as a short headline only (今日 闭馆), for a header that must keep its height. */
  const todayBadge = computed(() => {
    const first = lines.value.today[0]
    return first && `${closureWhen(first, today.value, locale.value, t('closure.today'))} ${what(first)}`
  })
  const notes = computed((): Announcement[] => [...lines.value.today, ...lines.value.upcoming].map((l, i) => ({
    id: `closure-${i}`, text: text(l), centerId: null, regionId: null, priority: i < lines.value.today.length ? 'high' : 'normal',
    startsAt: new Date(0).toISOString(), endsAt: new Date(Date.parse(`${l.lastDay}T23:59:59Z`) + 86_400_000).toISOString(), createdAt: new Date(0).toISOString(),
  })))
  return { badge, todayBadge, notes }
}
