import { type Ref, computed, reactive } from 'vue'
import { type PanelRows, shareHeight } from '../boards/share-height'
import { useElementSizeRem } from '../boards/use-element-size'
import { usePortrait } from '../boards/use-portrait'

export type LobbyPanel = 'now' | 'arrive' | 'codes' | 'today' | 'board' | 'records'

const GAP_REM = 0.6
const rowsHeight = (p: PanelRows, rows: number) => p.chrome + rows * p.row + Math.max(0, rows - 1) * p.gap

/**
 * The lobby's panel heights. Landscape stacks rooms over codes on the left and the 到馆签到 card,
 * today's list (and the leaderboard) on the right; portrait stacks them all, most important first. Each stack is
 * shared out in whole rows (share-height.ts), so no panel sits half empty while another pages;
 * what is less than a row is spread between the panels (lobby-board.vue), or given to today's
 * list on the right, and once everything is shown the last panel takes the rest. 活动风采
 * (records) takes only what the others leave, a whole card or nothing: today's list comes first. A panel that
 * does not fit even one row (text sized for a far viewer on a small panel) is left out.
 */
export function useLobbyLayout(body: Ref<HTMLElement | null | undefined>, withBoard: Ref<boolean>, withRecords?: Ref<boolean>) {
  const metrics = reactive<Partial<Record<LobbyPanel, PanelRows>>>({})
  const size = useElementSizeRem(body)
  const portrait = usePortrait()

  const heights = computed(() => {
    const board: LobbyPanel[] = withBoard.value ? ['board'] : []
    const stacks: { panels: LobbyPanel[]; fill: boolean; records?: true }[] = portrait.value
      ? [{ panels: ['now', 'today', ...board, 'arrive', 'codes'], fill: false, records: true }]
      : [{ panels: ['now', 'codes'], fill: false }, { panels: ['today', 'arrive', ...board], fill: true, records: true }]
    const out: Partial<Record<LobbyPanel, number>> = {}
    for (const { panels, fill, records } of stacks) {
      const rows = panels.map((p) => metrics[p])
      if (!size.height || rows.some((r) => !r)) continue
      const share = shareHeight(size.height, rows as PanelRows[], GAP_REM)
      const done = share.heights.every((h, i) => h >= rowsHeight(rows[i]!, rows[i]!.rows) - 1e-6)
      // The spare goes to the last panel shown that pages; the 到馆签到 card is one card, never stretched.
      const last = panels.slice(0, share.heights.length).findLastIndex((p) => p !== 'arrive')
      share.heights.forEach((h, i) => (out[panels[i]!] = h + ((fill || done) && i === last ? share.spare : 0)))
      // Left out: height 0 tells the board not to show the panel.
      for (const p of panels.slice(share.heights.length)) out[p] = 0
      if (records && withRecords?.value) {
        // Unmeasured, the panel is shown (undefined) so that it can be measured.
        const card = metrics.records
        const room = share.spare - GAP_REM
        // A panel measured mid-resize can report no heading at all (chrome 0); sized on that, it would
        // cut its own text. 活动风采 waits until every panel above it has been measured whole (the
        // 到馆签到 card has no heading of its own to measure: its size is fixed).
        const measured = panels.every((p) => p === 'arrive' || (metrics[p]?.chrome ?? 0) > 0)
        const fits = card && measured && share.heights.length === panels.length && room >= rowsHeight(card, 1) - 1e-6
        if (card && !fits) out.records = 0
        if (card && fits) {
          if ((fill || done) && last >= 0) out[panels[last]!]! -= share.spare
          let cards = 1
          while (cards < card.rows && rowsHeight(card, cards + 1) <= room + 1e-6) cards++
          out.records = fill || done ? room : rowsHeight(card, cards)
        }
      }
    }
    return out
  })

  /** Whether a panel is shown: until it has been measured and shared out, it is. */
  const shown = (panel: LobbyPanel) => heights.value[panel] !== 0

  return { metrics, heights, shown }
}
