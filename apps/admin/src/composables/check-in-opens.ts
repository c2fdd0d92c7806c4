/**
 * When check-in opens, for the "not yet" answer: `opensMinutes` before `startsAt`, as the wall
 * clock of the center (`09:30`), with the date in front when that is not today there (`12月8日 09:30`).
 */
export function checkInOpensText(startsAt: string, opensMinutes: number, timeZone: string, locale: string, now = new Date()): string {
  const opens = new Date(Date.parse(startsAt) - opensMinutes * 60_000)
  const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d)
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(opens)
  if (day(opens) === day(now)) return time
  return `${new Intl.DateTimeFormat(locale, { timeZone, month: 'long', day: 'numeric' }).format(opens)} ${time}`
}
