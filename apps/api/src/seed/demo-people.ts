/** Deterministic demo people and randomness: the same seed date gives the same database. */

const surnames = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗']
const givenNames = ['秀英', '建国', '桂兰', '志强', '玉梅', '海燕', '国庆', '丽娟', '德明', '淑珍', '晓东', '红霞', '卫东', '凤英', '振华', '雪梅', '文斌', '春花', '子涵', '浩然']

/** Residents per demo center: the first 15 are party members, 12-31 are in the seniors' group. */
export const RESIDENTS_PER_CENTER = 40

export interface DemoPerson { name: string; phone: string }

/** The pool of residents who use center number `index` (0-based): phones 1390371<index><nnn>. */
export function demoPeople(index: number): DemoPerson[] {
  return Array.from({ length: RESIDENTS_PER_CENTER }, (_, i) => ({
    name: `${surnames[(i * 7 + index * 3) % surnames.length]}${givenNames[(i * 11 + index) % givenNames.length]}`,
    phone: `1390371${index}${String(i).padStart(3, '0')}`,
  }))
}

/** Aliases volunteers chose for the lobby leaderboard (only shown with their consent). */
export const volunteerAlias = (name: string, i: number) => `${['热心', '爱笑', '勤快', '乐呵'][i % 4]}的${name.slice(0, 1)}${i % 2 ? '叔' : '阿姨'}`

/** FNV-1a over a text's UTF-16 code units, as an unsigned 32-bit number. */
export function fnv1a(text: string): number {
  let h = 2166136261
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619)
  return h >>> 0
}

/** mulberry32: a small seeded generator, so the demo is the same on every machine. */
export function seededRandom(seed: string): () => number {
  let a = fnv1a(seed)
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Picks by weight: `pick(random, [['a', 3], ['b', 1]])` gives 'a' three times as often. */
export function pick<T>(random: () => number, weighted: [T, number][]): T {
  const total = weighted.reduce((n, [, w]) => n + w, 0)
  let x = random() * total
  for (const [value, w] of weighted) if ((x -= w) < 0) return value
  return weighted[weighted.length - 1]![0]
}
