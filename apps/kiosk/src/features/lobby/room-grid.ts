import type { Room } from '@linli/contracts'

export interface GridShape {
  columns: number
  rows: number
  /** Cards shown at once; more rooms than this are shown page by page. */
  perPage: number
  pages: number
}

/**
 * Room card size in rem (1rem is at least 32px), kept in step with room-card.vue: never narrower
 * than 13rem so a nine-character room name stays on one line, and 7.6rem tall with every line shown.
 */
export const CARD = { minWidth: 13, height: 7.6, gap: 0.75, maxColumns: 6 } as const

/**
 * How to lay out `roomCount` cards in an area measured in rem: as many columns and rows as fit
 * legibly (4 x 3 on a landscape 1920x1080 screen, 2 wide in portrait), pages of equal size when
 * they do not all fit, and few rooms spread over balanced rows rather than one long row.
 */
export function chooseGrid(roomCount: number, area: { width: number; height: number }): GridShape {
  const fit = (length: number, cell: number) => Math.max(1, Math.floor((length + CARD.gap) / (cell + CARD.gap)))
  const maxColumns = Math.min(CARD.maxColumns, fit(area.width, CARD.minWidth))
  const maxRows = fit(area.height, CARD.height)
  const count = Math.max(roomCount, 1)
  const onPage = Math.ceil(count / Math.ceil(count / (maxColumns * maxRows)))
  const rows = Math.min(maxRows, Math.ceil(onPage / maxColumns))
  const columns = Math.min(maxColumns, Math.ceil(onPage / rows))
  const perPage = columns * rows
  return { columns, rows, perPage, pages: Math.ceil(roomCount / perPage) }
}

/** Active rooms in walking order: by floor, then by name as a Chinese reader would sort them. */
export function lobbyRooms(rooms: readonly Room[]): Room[] {
  const collator = new Intl.Collator('zh-CN')
  return rooms
    .filter((r) => r.active)
    .sort((a, b) => a.floor - b.floor || collator.compare(a.name, b.name))
}

/** The rooms on one page (0-based); an out-of-range page wraps so a shrinking list never shows a blank page. */
export function pageOf<T>(items: readonly T[], perPage: number, page: number): T[] {
  const pages = Math.max(1, Math.ceil(items.length / perPage))
  const p = ((page % pages) + pages) % pages
  return items.slice(p * perPage, (p + 1) * perPage)
}
