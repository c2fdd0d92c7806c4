// RFC 5545 section 3.8.5.3's examples, all with DTSTART;TZID=America/New_York, checked against the
// answers the RFC prints: the wall-clock starts, and (through expandInstants) that 09:00 stays
// 09:00 local while the offset moves between EDT and EST.
import { describe, expect, it } from 'vitest'
import { expandInstants, expandLocal } from './index'
import { addMinutes } from './local-time'
import { formatOffset } from './zone'

const NY = 'America/New_York'
type Expected = { local: string; offset: '-04:00' | '-05:00' }

/** One group of the RFC's answer, e.g. `(1997 9:00 AM EDT) September 2,4,6`. */
function at(abbr: 'EDT' | 'EST', year: number, month: number, days: number[]): Expected[] {
  const offset = abbr === 'EDT' ? '-04:00' : '-05:00'
  const pad = (n: number) => String(n).padStart(2, '0')
  return days.map((d) => ({ local: `${year}-${pad(month)}-${pad(d)}T09:00`, offset }))
}
const range = (from: number, to: number, step = 1) =>
  Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step)
const local = (basic: string) => `${basic.slice(0, 4)}-${basic.slice(4, 6)}-${basic.slice(6, 8)}T${basic.slice(9, 11)}:${basic.slice(11, 13)}`

interface Example {
  title: string
  dtstart: string
  rules: string[]
  exdates?: string[]
  expected: Expected[][]
  /** The rule ends (COUNT or UNTIL): asking for more must not give more. */
  ends: boolean
}

const examples: Example[] = [
  { title: 'Daily for 10 occurrences', dtstart: '19970902T090000', rules: ['FREQ=DAILY;COUNT=10'], ends: true, expected: [at('EDT', 1997, 9, range(2, 11))] },
  {
    title: 'Daily until December 24, 1997', dtstart: '19970902T090000', rules: ['FREQ=DAILY;UNTIL=19971224T000000Z'], ends: true,
    expected: [at('EDT', 1997, 9, range(2, 30)), at('EDT', 1997, 10, range(1, 25)), at('EST', 1997, 10, range(26, 31)), at('EST', 1997, 11, range(1, 30)), at('EST', 1997, 12, range(1, 23))],
  },
  {
    title: 'Every other day - forever', dtstart: '19970902T090000', rules: ['FREQ=DAILY;INTERVAL=2'], ends: false,
    expected: [at('EDT', 1997, 9, range(2, 30, 2)), at('EDT', 1997, 10, range(2, 24, 2)), at('EST', 1997, 10, [26, 28, 30]), at('EST', 1997, 11, range(1, 29, 2)), at('EST', 1997, 12, [1, 3])],
  },
  { title: 'Every 10 days, 5 occurrences', dtstart: '19970902T090000', rules: ['FREQ=DAILY;INTERVAL=10;COUNT=5'], ends: true, expected: [at('EDT', 1997, 9, [2, 12, 22]), at('EDT', 1997, 10, [2, 12])] },
  {
    title: 'Every day in January, for 3 years', dtstart: '19980101T090000', ends: true,
    rules: ['FREQ=YEARLY;UNTIL=20000131T140000Z;BYMONTH=1;BYDAY=SU,MO,TU,WE,TH,FR,SA', 'FREQ=DAILY;UNTIL=20000131T140000Z;BYMONTH=1'],
    expected: [at('EST', 1998, 1, range(1, 31)), at('EST', 1999, 1, range(1, 31)), at('EST', 2000, 1, range(1, 31))],
  },
  { title: 'Weekly for 10 occurrences', dtstart: '19970902T090000', rules: ['FREQ=WEEKLY;COUNT=10'], ends: true, expected: [at('EDT', 1997, 9, [2, 9, 16, 23, 30]), at('EDT', 1997, 10, [7, 14, 21]), at('EST', 1997, 10, [28]), at('EST', 1997, 11, [4])] },
  {
    title: 'Weekly until December 24, 1997', dtstart: '19970902T090000', rules: ['FREQ=WEEKLY;UNTIL=19971224T000000Z'], ends: true,
    expected: [at('EDT', 1997, 9, [2, 9, 16, 23, 30]), at('EDT', 1997, 10, [7, 14, 21]), at('EST', 1997, 10, [28]), at('EST', 1997, 11, [4, 11, 18, 25]), at('EST', 1997, 12, [2, 9, 16, 23])],
  },
  {
    title: 'Every other week - forever', dtstart: '19970902T090000', rules: ['FREQ=WEEKLY;INTERVAL=2;WKST=SU'], ends: false,
    expected: [at('EDT', 1997, 9, [2, 16, 30]), at('EDT', 1997, 10, [14]), at('EST', 1997, 10, [28]), at('EST', 1997, 11, [11, 25]), at('EST', 1997, 12, [9, 23]), at('EST', 1998, 1, [6, 20]), at('EST', 1998, 2, [3, 17])],
  },
  {
    title: 'Weekly on Tuesday and Thursday for five weeks', dtstart: '19970902T090000', ends: true,
    rules: ['FREQ=WEEKLY;UNTIL=19971007T000000Z;WKST=SU;BYDAY=TU,TH', 'FREQ=WEEKLY;COUNT=10;WKST=SU;BYDAY=TU,TH'],
    expected: [at('EDT', 1997, 9, [2, 4, 9, 11, 16, 18, 23, 25, 30]), at('EDT', 1997, 10, [2])],
  },
  {
    title: 'Every other week on Monday, Wednesday, and Friday until December 24, 1997', dtstart: '19970901T090000', ends: true,
    rules: ['FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR'],
    expected: [at('EDT', 1997, 9, [1, 3, 5, 15, 17, 19, 29]), at('EDT', 1997, 10, [1, 3, 13, 15, 17]), at('EST', 1997, 10, [27, 29, 31]), at('EST', 1997, 11, [10, 12, 14, 24, 26, 28]), at('EST', 1997, 12, [8, 10, 12, 22])],
  },
  { title: 'Every other week on Tuesday and Thursday, for 8 occurrences', dtstart: '19970902T090000', rules: ['FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,TH'], ends: true, expected: [at('EDT', 1997, 9, [2, 4, 16, 18, 30]), at('EDT', 1997, 10, [2, 14, 16])] },
  {
    title: 'Monthly on the first Friday for 10 occurrences', dtstart: '19970905T090000', rules: ['FREQ=MONTHLY;COUNT=10;BYDAY=1FR'], ends: true,
    expected: [at('EDT', 1997, 9, [5]), at('EDT', 1997, 10, [3]), at('EST', 1997, 11, [7]), at('EST', 1997, 12, [5]), at('EST', 1998, 1, [2]), at('EST', 1998, 2, [6]), at('EST', 1998, 3, [6]), at('EST', 1998, 4, [3]), at('EDT', 1998, 5, [1]), at('EDT', 1998, 6, [5])],
  },
  { title: 'Monthly on the first Friday until December 24, 1997', dtstart: '19970905T090000', rules: ['FREQ=MONTHLY;UNTIL=19971224T000000Z;BYDAY=1FR'], ends: true, expected: [at('EDT', 1997, 9, [5]), at('EDT', 1997, 10, [3]), at('EST', 1997, 11, [7]), at('EST', 1997, 12, [5])] },
  {
    title: 'Every other month on the first and last Sunday of the month for 10 occurrences', dtstart: '19970907T090000', rules: ['FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU'], ends: true,
    expected: [at('EDT', 1997, 9, [7, 28]), at('EST', 1997, 11, [2, 30]), at('EST', 1998, 1, [4, 25]), at('EST', 1998, 3, [1, 29]), at('EDT', 1998, 5, [3, 31])],
  },
  {
    title: 'Monthly on the second-to-last Monday of the month for 6 months', dtstart: '19970922T090000', rules: ['FREQ=MONTHLY;COUNT=6;BYDAY=-2MO'], ends: true,
    expected: [at('EDT', 1997, 9, [22]), at('EDT', 1997, 10, [20]), at('EST', 1997, 11, [17]), at('EST', 1997, 12, [22]), at('EST', 1998, 1, [19]), at('EST', 1998, 2, [16])],
  },
  {
    title: 'Monthly on the third-to-the-last day of the month, forever', dtstart: '19970928T090000', rules: ['FREQ=MONTHLY;BYMONTHDAY=-3'], ends: false,
    expected: [at('EDT', 1997, 9, [28]), at('EST', 1997, 10, [29]), at('EST', 1997, 11, [28]), at('EST', 1997, 12, [29]), at('EST', 1998, 1, [29]), at('EST', 1998, 2, [26])],
  },
  {
    title: 'Monthly on the 2nd and 15th of the month for 10 occurrences', dtstart: '19970902T090000', rules: ['FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15'], ends: true,
    expected: [at('EDT', 1997, 9, [2, 15]), at('EDT', 1997, 10, [2, 15]), at('EST', 1997, 11, [2, 15]), at('EST', 1997, 12, [2, 15]), at('EST', 1998, 1, [2, 15])],
  },
  {
    title: 'Monthly on the first and last day of the month for 10 occurrences', dtstart: '19970930T090000', rules: ['FREQ=MONTHLY;COUNT=10;BYMONTHDAY=1,-1'], ends: true,
    expected: [at('EDT', 1997, 9, [30]), at('EDT', 1997, 10, [1]), at('EST', 1997, 10, [31]), at('EST', 1997, 11, [1, 30]), at('EST', 1997, 12, [1, 31]), at('EST', 1998, 1, [1, 31]), at('EST', 1998, 2, [1])],
  },
  {
    title: 'Every 18 months on the 10th thru 15th of the month for 10 occurrences', dtstart: '19970910T090000', rules: ['FREQ=MONTHLY;INTERVAL=18;COUNT=10;BYMONTHDAY=10,11,12,13,14,15'], ends: true,
    expected: [at('EDT', 1997, 9, range(10, 15)), at('EST', 1999, 3, [10, 11, 12, 13])],
  },
  {
    title: 'Every Tuesday, every other month', dtstart: '19970902T090000', rules: ['FREQ=MONTHLY;INTERVAL=2;BYDAY=TU'], ends: false,
    expected: [at('EDT', 1997, 9, [2, 9, 16, 23, 30]), at('EST', 1997, 11, [4, 11, 18, 25]), at('EST', 1998, 1, [6, 13, 20, 27]), at('EST', 1998, 3, [3, 10, 17, 24, 31])],
  },
  {
    title: 'Yearly in June and July for 10 occurrences', dtstart: '19970610T090000', rules: ['FREQ=YEARLY;COUNT=10;BYMONTH=6,7'], ends: true,
    expected: range(1997, 2001).flatMap((y) => [at('EDT', y, 6, [10]), at('EDT', y, 7, [10])]),
  },
  {
    title: 'Every other year on January, February, and March for 10 occurrences', dtstart: '19970310T090000', rules: ['FREQ=YEARLY;INTERVAL=2;COUNT=10;BYMONTH=1,2,3'], ends: true,
    expected: [at('EST', 1997, 3, [10]), ...[1999, 2001, 2003].flatMap((y) => [at('EST', y, 1, [10]), at('EST', y, 2, [10]), at('EST', y, 3, [10])])],
  },
  {
    title: 'Every third year on the 1st, 100th, and 200th day for 10 occurrences', dtstart: '19970101T090000', rules: ['FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200'], ends: true,
    expected: [
      at('EST', 1997, 1, [1]), at('EDT', 1997, 4, [10]), at('EDT', 1997, 7, [19]), at('EST', 2000, 1, [1]), at('EDT', 2000, 4, [9]), at('EDT', 2000, 7, [18]),
      at('EST', 2003, 1, [1]), at('EDT', 2003, 4, [10]), at('EDT', 2003, 7, [19]), at('EST', 2006, 1, [1]),
    ],
  },
  { title: 'Every 20th Monday of the year, forever', dtstart: '19970519T090000', rules: ['FREQ=YEARLY;BYDAY=20MO'], ends: false, expected: [at('EDT', 1997, 5, [19]), at('EDT', 1998, 5, [18]), at('EDT', 1999, 5, [17])] },
  { title: 'Monday of week number 20, forever', dtstart: '19970512T090000', rules: ['FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO'], ends: false, expected: [at('EDT', 1997, 5, [12]), at('EDT', 1998, 5, [11]), at('EDT', 1999, 5, [17])] },
  { title: 'Every Thursday in March, forever', dtstart: '19970313T090000', rules: ['FREQ=YEARLY;BYMONTH=3;BYDAY=TH'], ends: false, expected: [at('EST', 1997, 3, [13, 20, 27]), at('EST', 1998, 3, [5, 12, 19, 26]), at('EST', 1999, 3, [4, 11, 18, 25])] },
  {
    title: 'Every Thursday, but only during June, July, and August, forever', dtstart: '19970605T090000', rules: ['FREQ=YEARLY;BYDAY=TH;BYMONTH=6,7,8'], ends: false,
    expected: [
      at('EDT', 1997, 6, [5, 12, 19, 26]), at('EDT', 1997, 7, [3, 10, 17, 24, 31]), at('EDT', 1997, 8, [7, 14, 21, 28]),
      at('EDT', 1998, 6, [4, 11, 18, 25]), at('EDT', 1998, 7, [2, 9, 16, 23, 30]), at('EDT', 1998, 8, [6, 13, 20, 27]),
      at('EDT', 1999, 6, [3, 10, 17, 24]), at('EDT', 1999, 7, [1, 8, 15, 22, 29]), at('EDT', 1999, 8, [5, 12, 19, 26]),
    ],
  },
  {
    title: 'Every Friday the 13th, forever', dtstart: '19970902T090000', exdates: ['1997-09-02T09:00'], rules: ['FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13'], ends: false,
    expected: [at('EST', 1998, 2, [13]), at('EST', 1998, 3, [13]), at('EST', 1998, 11, [13]), at('EDT', 1999, 8, [13]), at('EDT', 2000, 10, [13])],
  },
  {
    title: 'The first Saturday that follows the first Sunday of the month, forever', dtstart: '19970913T090000', rules: ['FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=7,8,9,10,11,12,13'], ends: false,
    expected: [
      at('EDT', 1997, 9, [13]), at('EDT', 1997, 10, [11]), at('EST', 1997, 11, [8]), at('EST', 1997, 12, [13]), at('EST', 1998, 1, [10]),
      at('EST', 1998, 2, [7]), at('EST', 1998, 3, [7]), at('EDT', 1998, 4, [11]), at('EDT', 1998, 5, [9]), at('EDT', 1998, 6, [13]),
    ],
  },
  {
    title: 'Every 4 years, the first Tuesday after a Monday in November, forever (U.S. Presidential Election day)', dtstart: '19961105T090000', ends: false,
    rules: ['FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8'],
    expected: [at('EST', 1996, 11, [5]), at('EST', 2000, 11, [7]), at('EST', 2004, 11, [2])],
  },
  {
    title: 'The third instance into the month of one of Tuesday, Wednesday, or Thursday, for the next 3 months', dtstart: '19970904T090000', ends: true,
    rules: ['FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3'],
    expected: [at('EDT', 1997, 9, [4]), at('EDT', 1997, 10, [7]), at('EST', 1997, 11, [6])],
  },
  {
    title: 'The second-to-last weekday of the month', dtstart: '19970929T090000', rules: ['FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2'], ends: false,
    expected: [at('EDT', 1997, 9, [29]), at('EST', 1997, 10, [30]), at('EST', 1997, 11, [27]), at('EST', 1997, 12, [30]), at('EST', 1998, 1, [29]), at('EST', 1998, 2, [26]), at('EST', 1998, 3, [30])],
  },
  { title: 'An example where the days generated makes a difference because of WKST (WKST=MO)', dtstart: '19970805T090000', rules: ['FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO'], ends: true, expected: [at('EDT', 1997, 8, [5, 10, 19, 24])] },
  { title: 'changing only WKST from MO to SU, yields different results', dtstart: '19970805T090000', rules: ['FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU'], ends: true, expected: [at('EDT', 1997, 8, [5, 17, 19, 31])] },
  {
    title: 'An example where an invalid date (i.e., February 30) is ignored', dtstart: '20070115T090000', rules: ['FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5'], ends: true,
    expected: [at('EST', 2007, 1, [15, 30]), at('EST', 2007, 2, [15]), at('EDT', 2007, 3, [15, 30])],
  },
]

describe('RFC 5545 3.8.5.3 examples in America/New_York', () => {
  const cases = examples.flatMap((e) => e.rules.map((rule) => ({ ...e, rule, name: `${e.title}: ${rule}` })))

  it('covers all 35 date-based examples (37 rules) of the section', () => {
    expect(examples).toHaveLength(35)
    expect(cases).toHaveLength(37)
  })

  it.each(cases)('$name', ({ dtstart, rule, exdates, expected, ends }) => {
    const want = expected.flat()
    const start = local(dtstart)
    const options = { dtstart: start, rrule: rule, exdates, timeZone: NY }
    // The memo prints the whole series for rules that end, and a prefix for rules that do not.
    const limit = ends ? want.length + 10 : want.length
    expect(expandLocal({ ...options, limit })).toEqual(want.map((w) => w.local))

    const instances = expandInstants({ ...options, endsLocal: addMinutes(start, 90), limit })
    expect(instances.map((i) => i.recurrenceLocal)).toEqual(want.map((w) => w.local))
    expect(instances.map((i) => formatOffset(i.startsAt, NY))).toEqual(want.map((w) => `${w.local}:00${w.offset}`))
    expect(instances.map((i) => formatOffset(i.endsAt, NY))).toEqual(want.map((w) => `${addMinutes(w.local, 90)}:00${w.offset}`))
  })

  it('moves the UTC instant by an hour when daylight saving ends, keeping 09:00 local', () => {
    const instances = expandInstants({ dtstart: '1997-09-02T09:00', endsLocal: '1997-09-02T10:00', rrule: 'FREQ=DAILY;UNTIL=19971224T000000Z', timeZone: NY, limit: 200 })
    const byDate = new Map(instances.map((i) => [i.recurrenceLocal.slice(0, 10), i]))
    expect(byDate.get('1997-10-25')?.startsAt.toISOString()).toBe('1997-10-25T13:00:00.000Z')
    expect(byDate.get('1997-10-26')?.startsAt.toISOString()).toBe('1997-10-26T14:00:00.000Z')
    expect(byDate.get('1997-10-27')?.startsAt.toISOString()).toBe('1997-10-27T14:00:00.000Z')
    expect(byDate.get('1997-10-27')?.endsAt.toISOString()).toBe('1997-10-27T15:00:00.000Z')
    expect(instances.at(-1)?.recurrenceLocal).toBe('1997-12-23T09:00')
  })

  it('moves it back when daylight saving starts (first Friday, April to May 1998)', () => {
    const instances = expandInstants({ dtstart: '1997-09-05T09:00', endsLocal: '1997-09-05T11:00', rrule: 'FREQ=MONTHLY;COUNT=10;BYDAY=1FR', timeZone: NY, limit: 10 })
    expect(instances.slice(7, 9).map((i) => [i.startsAt.toISOString(), i.endsAt.toISOString()])).toEqual([
      ['1998-04-03T14:00:00.000Z', '1998-04-03T16:00:00.000Z'],
      ['1998-05-01T13:00:00.000Z', '1998-05-01T15:00:00.000Z'],
    ])
  })

  it.each([
    ['Every 3 hours from 9:00 AM to 5:00 PM on a specific day', 'FREQ=HOURLY;INTERVAL=3;UNTIL=19970902T170000Z', 'RRULE part FREQ: HOURLY is not supported'],
    ['Every 15 minutes for 6 occurrences', 'FREQ=MINUTELY;INTERVAL=15;COUNT=6', 'RRULE part FREQ: MINUTELY is not supported'],
    ['Every hour and a half for 4 occurrences', 'FREQ=MINUTELY;INTERVAL=90;COUNT=4', 'RRULE part FREQ: MINUTELY is not supported'],
    ['Every 20 minutes from 9:00 AM to 4:40 PM every day', 'FREQ=DAILY;BYHOUR=9,10,11,12,13,14,15,16;BYMINUTE=0,20,40', 'RRULE part BYHOUR is not supported'],
    ['Every 20 minutes from 9:00 AM to 4:40 PM every day (MINUTELY)', 'FREQ=MINUTELY;INTERVAL=20;BYHOUR=9,10,11,12,13,14,15,16', 'RRULE part FREQ: MINUTELY is not supported'],
  ])('refuses the sub-daily example "%s"', (_title, rule, message) => {
    expect(() => expandLocal({ dtstart: '1997-09-02T09:00', rrule: rule, limit: 10 })).toThrow(message)
  })
})
