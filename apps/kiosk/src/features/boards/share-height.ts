/** One paged panel in a stack: its heading and padding, its rows, and how many rows it has items for. */
export interface PanelRows {
  /** Height of everything but the rows (heading, gaps, padding), in rem. */
  chrome: number
  /** Height of one row of items, and the gap between rows, in rem. */
  row: number
  gap: number
  /** Rows needed to show every item at once (0 for an empty panel, which shows its message in one row). */
  rows: number
}

export interface Share {
  /** Each panel's height in rem, in the order given; panels left out (see `shareHeight`) get none. */
  heights: number[]
  /** Space left over, in rem: less than any panel's next row, or nothing left to show. */
  spare: number
}

const heightOf = (p: PanelRows, rows: number) => p.chrome + rows * p.row + Math.max(0, rows - 1) * p.gap

/**
 * Shares `available` rem between panels stacked with `between` rem between them, in whole rows,
 * so no panel ends in half a row of blank: each gets one row first, then one more row each in
 * turn, in the order given (the most important first), while it has items to fill it and it
 * fits. What is left is less than a row, or there is nothing more to show. When not even one row
 * each fits (very large text on a small screen), the last panels are left out until it does.
 */
export function shareHeight(available: number, all: readonly PanelRows[], between: number): Share {
  let panels = all
  const least = (list: readonly PanelRows[]) => list.reduce((sum, p) => sum + heightOf(p, 1), 0) + between * Math.max(0, list.length - 1)
  while (panels.length > 1 && least(panels) > available + 1e-6) panels = panels.slice(0, -1)
  const given = panels.map(() => 1)
  const used = () => panels.reduce((sum, p, i) => sum + heightOf(p, given[i]!), 0) + between * Math.max(0, panels.length - 1)
  for (let grew = true; grew; ) {
    grew = false
    panels.forEach((p, i) => {
      if (given[i]! < p.rows && p.row + p.gap <= available - used() + 1e-6) {
        given[i]!++
        grew = true
      }
    })
  }
  return { heights: panels.map((p, i) => heightOf(p, given[i]!)), spare: Math.max(0, available - used()) }
}
