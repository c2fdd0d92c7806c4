import type { RoomKind } from '@linli/contracts'

/**
 * Line drawings for room kinds (no photos of rooms exist), drawn on a 24×24 grid with round
 * strokes, and a tint per family so a list of rooms is easy to scan. Shapes, not colour, tell
 * kinds apart; the kind's name is always written next to them.
 */
const glyphs = {
  people: ['M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6z', 'M3 20c0-3.3 2.7-6 6-6s6 2.7 6 6', 'M16 5.3a3 3 0 0 1 0 5.4', 'M18 14.4c1.8.8 3 2.9 3 5.6'],
  book: ['M4 5.5C6.5 4 9.5 4 12 6c2.5-2 5.5-2 8-.5V19c-2.5-1.5-5.5-1.5-8 .5-2.5-2-5.5-2-8-.5z', 'M12 6v13.5'],
  dumbbell: ['M6 7v10', 'M3 9.5v5', 'M18 7v10', 'M21 9.5v5', 'M6 12h12'],
  pawn: ['M12 3.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5z', 'M10.2 8.8 9 16h6l-1.2-7.2', 'M7 20h10l-1-4H8z'],
  balloon: ['M12 3a5 5 0 0 0-5 5c0 3.5 3 6 5 7 2-1 5-3.5 5-7a5 5 0 0 0-5-5z', 'M11 17h2l-1-2z', 'M12 17c0 2-2 2-2 4'],
  board: ['M3 4h18v11H3z', 'M8 20l4-5 4 5', 'M7 8h6', 'M7 11h9'],
  frame: ['M4 4h16v13H4z', 'M4 14l5-5 4 4 2-2 5 5', 'M12 17v3', 'M8 20h8'],
  chat: ['M4 5h16v11H9l-5 4z', 'M12 13.4s-3-1.8-3-3.6A1.5 1.5 0 0 1 12 9a1.5 1.5 0 0 1 3 .8c0 1.8-3 3.6-3 3.6z'],
  scales: ['M12 4v16', 'M7 20h10', 'M5 7h14', 'M5 7l-3 6a3 3 0 0 0 6 0z', 'M19 7l-3 6a3 3 0 0 0 6 0z'],
  bulb: ['M9 18h6', 'M10 21h4', 'M12 3a6 6 0 0 0-3.5 10.9c.3.3.5.7.5 1.1v3h6v-3c0-.4.2-.8.5-1.1A6 6 0 0 0 12 3z'],
  building: ['M3 21h18', 'M5 21V10l7-5 7 5v11', 'M9 21v-6h6v6'],
  mic: ['M12 3a3 3 0 0 0-3 3v5a3 3 0 0 0 6 0V6a3 3 0 0 0-3-3z', 'M6 11a6 6 0 0 0 12 0', 'M12 17v4', 'M9 21h6'],
  flag: ['M5 21V4', 'M5 4h13l-2.5 4L18 12H5'],
  door: ['M6 21V4h12v17', 'M3 21h18', 'M14.5 12.5h.01'],
} satisfies Record<string, string[]>

type Glyph = keyof typeof glyphs
type Tint = 'red' | 'blue' | 'green' | 'amber' | 'violet' | 'slate'

const byKind: Record<RoomKind, [Glyph, Tint]> = {
  party_activity: ['flag', 'red'],
  party_school: ['board', 'red'],
  exhibition_hall: ['frame', 'red'],
  representatives_studio: ['people', 'red'],
  multi_function: ['mic', 'violet'],
  lecture_hall: ['mic', 'violet'],
  meeting_room: ['people', 'blue'],
  book_bar: ['book', 'blue'],
  history_hall: ['book', 'amber'],
  after_school: ['board', 'blue'],
  science_station: ['bulb', 'blue'],
  incubator: ['bulb', 'amber'],
  gym: ['dumbbell', 'green'],
  chess: ['pawn', 'green'],
  children_playground: ['balloon', 'amber'],
  womens_home: ['people', 'violet'],
  seniors_home: ['people', 'amber'],
  youth_home: ['people', 'green'],
  counselling: ['chat', 'green'],
  mediation: ['chat', 'violet'],
  legal_aid: ['scales', 'slate'],
  service_hall: ['building', 'slate'],
  other: ['door', 'slate'],
}

export function kindGlyph(kind: RoomKind): { paths: string[]; tint: Tint } {
  const [glyph, tint] = byKind[kind] ?? byKind.other
  return { paths: glyphs[glyph], tint }
}
