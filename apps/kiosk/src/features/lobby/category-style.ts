import type { ActivityCategory } from '@linli/contracts'

/**
 * An icon and a colour per activity category, drawn on a 24×24 grid with round strokes. The label
 * is always written beside them, so neither colour nor shape is needed to tell categories apart;
 * every colour carries white text at 5:1 or better (WCAG AA).
 */
const glyphs = {
  flag: ['M5 21V4', 'M5 4h13l-2.5 4L18 12H5'],
  bulb: ['M9 18h6', 'M10 21h4', 'M12 3a6 6 0 0 0-3.5 10.9c.3.3.5.7.5 1.1v3h6v-3c0-.4.2-.8.5-1.1A6 6 0 0 0 12 3z'],
  heart: ['M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z'],
  balloon: ['M12 3a5 5 0 0 0-5 5c0 3.5 3 6 5 7 2-1 5-3.5 5-7a5 5 0 0 0-5-5z', 'M11 17h2l-1-2z', 'M12 17c0 2-2 2-2 4'],
  star: ['M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z'],
  venus: ['M12 3a5 5 0 1 0 0 10 5 5 0 0 0 0-10z', 'M12 13v8', 'M9 18h6'],
  hand: ['M3 13h4l4 3h6a2 2 0 0 0 0-4h-4', 'M7 13v7H3', 'M15 9s-3-1.8-3-3.6A1.5 1.5 0 0 1 15 4.6a1.5 1.5 0 0 1 3 .8C18 7.2 15 9 15 9z'],
  cross: ['M9 3h6v6h6v6h-6v6H9v-6H3V9h6z'],
  music: ['M9 18V5l11-2v13', 'M9 18a3 3 0 1 1-6 0 3 3 0 0 1 6 0z', 'M20 16a3 3 0 1 1-6 0 3 3 0 0 1 6 0z'],
  mic: ['M12 3a3 3 0 0 0-3 3v5a3 3 0 0 0 6 0V6a3 3 0 0 0-3-3z', 'M6 11a6 6 0 0 0 12 0', 'M12 17v4', 'M9 21h6'],
  lantern: ['M12 2v3', 'M6 12c0-4 2.7-7 6-7s6 3 6 7-2.7 7-6 7-6-3-6-7z', 'M12 5v14', 'M12 19v3'],
  people: ['M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6z', 'M3 20c0-3.3 2.7-6 6-6s6 2.7 6 6', 'M16 5.3a3 3 0 0 1 0 5.4', 'M18 14.4c1.8.8 3 2.9 3 5.6'],
} satisfies Record<string, string[]>

const styles: Record<ActivityCategory, [keyof typeof glyphs, string]> = {
  party_day: ['flag', '#b3141b'],
  science: ['bulb', '#1d4ed8'],
  seniors: ['heart', '#92400e'],
  children: ['balloon', '#7e22ce'],
  youth: ['star', '#0f766e'],
  women: ['venus', '#be185d'],
  volunteer: ['hand', '#15803d'],
  health: ['cross', '#0e7490'],
  culture_sports: ['music', '#9a3412'],
  lecture: ['mic', '#334155'],
  festival: ['lantern', '#c2410c'],
  meeting: ['people', '#1e3a8a'],
}

export function categoryStyle(category: ActivityCategory): { paths: string[]; colour: string } {
  const [glyph, colour] = styles[category] ?? styles.meeting
  return { paths: glyphs[glyph], colour }
}
