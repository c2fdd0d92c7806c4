import { describe, expect, it } from 'vitest'
import { parseRule } from './rule'

describe('parseRule accepts', () => {
  it.each([
    ['FREQ=MONTHLY;BYDAY=2FR', 'FREQ=MONTHLY;BYDAY=2FR'],
    ['RRULE:FREQ=MONTHLY;BYDAY=2FR', 'FREQ=MONTHLY;BYDAY=2FR'],
    ['  rrule:freq=weekly;byday=mo,tu,we,th,fr; ', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'],
    ['FREQ=DAILY', 'FREQ=DAILY'],
    ['FREQ=WEEKLY;INTERVAL=2;COUNT=10;BYDAY=WE;WKST=SU', 'FREQ=WEEKLY;INTERVAL=2;COUNT=10;BYDAY=WE;WKST=SU'],
    ['FREQ=MONTHLY;BYDAY=-1SU;UNTIL=20270630', 'FREQ=MONTHLY;BYDAY=-1SU;UNTIL=20270630'],
    ['FREQ=MONTHLY;BYDAY=+2FR', 'FREQ=MONTHLY;BYDAY=+2FR'],
    ['FREQ=DAILY;UNTIL=19971224T000000Z', 'FREQ=DAILY;UNTIL=19971224T000000Z'],
    ['FREQ=DAILY;UNTIL=19971224T235959', 'FREQ=DAILY;UNTIL=19971224T235959'],
    ['FREQ=MONTHLY;BYMONTHDAY=-3', 'FREQ=MONTHLY;BYMONTHDAY=-3'],
    ['FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2', 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2'],
    ['FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200', 'FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200'],
    ['FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO', 'FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO'],
    ['FREQ=YEARLY;BYDAY=20MO', 'FREQ=YEARLY;BYDAY=20MO'],
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29'],
    ['FREQ=DAILY;INTERVAL=999;COUNT=1000', 'FREQ=DAILY;INTERVAL=999;COUNT=1000'],
  ])('%s', (input, rule) => {
    expect(parseRule(input)).toEqual({ ok: true, rule })
  })
})

describe('parseRule refuses, naming the part', () => {
  it.each([
    ['', 'RRULE is empty'],
    ['RRULE:', 'RRULE is empty'],
    ['BYDAY=MO', 'RRULE part FREQ is missing (DAILY, WEEKLY, MONTHLY or YEARLY)'],
    ['FREQ=SECONDLY', 'RRULE part FREQ: SECONDLY is not supported; an activity repeats at most daily (DAILY, WEEKLY, MONTHLY or YEARLY)'],
    ['FREQ=MINUTELY', 'RRULE part FREQ: MINUTELY is not supported; an activity repeats at most daily (DAILY, WEEKLY, MONTHLY or YEARLY)'],
    ['FREQ=HOURLY;INTERVAL=3', 'RRULE part FREQ: HOURLY is not supported; an activity repeats at most daily (DAILY, WEEKLY, MONTHLY or YEARLY)'],
    ['FREQ=FORTNIGHTLY', 'RRULE part FREQ: FORTNIGHTLY is not a frequency (DAILY, WEEKLY, MONTHLY or YEARLY)'],
    ['FREQ=DAILY;FREQ=WEEKLY', 'RRULE part FREQ appears more than once'],
    ['FREQ=', 'RRULE part FREQ has no value'],
    ['FREQ=DAILY;;COUNT=2', 'RRULE has an empty part between two ";"'],
    ['FREQ=DAILY;COUNT', 'RRULE part "COUNT" is not NAME=VALUE'],
    ['FREQ=DAILY;INTERVAL=0', 'RRULE part INTERVAL: 0 is not a whole number from 1 to 999'],
    ['FREQ=DAILY;INTERVAL=1000', 'RRULE part INTERVAL: 1000 is not a whole number from 1 to 999'],
    ['FREQ=DAILY;INTERVAL=1.5', 'RRULE part INTERVAL: 1.5 is not a whole number from 1 to 999'],
    ['FREQ=DAILY;COUNT=0', 'RRULE part COUNT: 0 is not a whole number from 1 to 1000'],
    ['FREQ=DAILY;COUNT=1001', 'RRULE part COUNT: 1001 is not a whole number from 1 to 1000'],
    ['FREQ=DAILY;COUNT=-1', 'RRULE part COUNT: -1 is not a whole number from 1 to 1000'],
    ['FREQ=DAILY;UNTIL=20260230', 'RRULE part UNTIL: 20260230 is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS, optionally ending in Z)'],
    ['FREQ=DAILY;UNTIL=2026-06-30', 'RRULE part UNTIL: 2026-06-30 is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS, optionally ending in Z)'],
    ['FREQ=DAILY;UNTIL=20260630T240000Z', 'RRULE part UNTIL: 20260630T240000Z is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS, optionally ending in Z)'],
    ['FREQ=DAILY;COUNT=5;UNTIL=20270630', 'RRULE parts COUNT and UNTIL cannot be used together'],
    ['FREQ=WEEKLY;BYDAY=XX', 'RRULE part BYDAY: XX is not a weekday (MO..SU, optionally with an ordinal such as 2FR or -1SU)'],
    ['FREQ=WEEKLY;BYDAY=MO,,TU', 'RRULE part BYDAY: "" is not a weekday (MO..SU, optionally with an ordinal such as 2FR or -1SU)'],
    ['FREQ=MONTHLY;BYDAY=0FR', 'RRULE part BYDAY: 0FR is not a weekday (MO..SU, optionally with an ordinal such as 2FR or -1SU)'],
    ['FREQ=WEEKLY;BYDAY=2FR', 'RRULE part BYDAY: 2FR has an ordinal, which only FREQ=MONTHLY or FREQ=YEARLY allows'],
    ['FREQ=MONTHLY;BYDAY=6FR', 'RRULE part BYDAY: 6FR asks for more than the 5 of a weekday a month can have (1..5 or -5..-1)'],
    ['FREQ=YEARLY;BYWEEKNO=20;BYDAY=1MO', 'RRULE part BYDAY: 1MO cannot have an ordinal together with BYWEEKNO'],
    ['FREQ=MONTHLY;BYMONTHDAY=32', 'RRULE part BYMONTHDAY: 32 is not a day of the month (1..31 or -31..-1)'],
    ['FREQ=MONTHLY;BYMONTHDAY=0', 'RRULE part BYMONTHDAY: 0 is not a day of the month (1..31 or -31..-1)'],
    ['FREQ=MONTHLY;BYMONTHDAY=-32', 'RRULE part BYMONTHDAY: -32 is not a day of the month (1..31 or -31..-1)'],
    ['FREQ=WEEKLY;BYMONTHDAY=1', 'RRULE part BYMONTHDAY is not allowed with FREQ=WEEKLY'],
    ['FREQ=YEARLY;BYMONTH=13', 'RRULE part BYMONTH: 13 is not a month (1..12)'],
    ['FREQ=YEARLY;BYMONTH=-1', 'RRULE part BYMONTH: -1 is not a month (1..12)'],
    ['FREQ=YEARLY;BYMONTH=4,6;BYMONTHDAY=31', 'RRULE parts BYMONTH and BYMONTHDAY: none of the months has such a day, so the rule never occurs'],
    ['FREQ=MONTHLY;BYDAY=MO;BYSETPOS=0', 'RRULE part BYSETPOS: 0 is not a position in the set (1..366 or -366..-1)'],
    ['FREQ=MONTHLY;BYSETPOS=1', 'RRULE part BYSETPOS needs another BY part (such as BYDAY) to choose from'],
    ['FREQ=WEEKLY;WKST=XX', 'RRULE part WKST: XX is not a weekday (MO, TU, WE, TH, FR, SA or SU)'],
    ['FREQ=YEARLY;BYYEARDAY=367', 'RRULE part BYYEARDAY: 367 is not a day of the year (1..366 or -366..-1)'],
    ['FREQ=MONTHLY;BYYEARDAY=100', 'RRULE part BYYEARDAY is only allowed with FREQ=YEARLY'],
    ['FREQ=YEARLY;BYWEEKNO=54', 'RRULE part BYWEEKNO: 54 is not a week of the year (1..53 or -53..-1)'],
    ['FREQ=MONTHLY;BYWEEKNO=20', 'RRULE part BYWEEKNO is only allowed with FREQ=YEARLY'],
    ['FREQ=DAILY;BYHOUR=9', 'RRULE part BYHOUR is not supported: the time of day comes from the start time'],
    ['FREQ=DAILY;BYMINUTE=30', 'RRULE part BYMINUTE is not supported: the time of day comes from the start time'],
    ['FREQ=DAILY;BYSECOND=0', 'RRULE part BYSECOND is not supported: the time of day comes from the start time'],
    ['DTSTART=20261211T090000;FREQ=MONTHLY', 'RRULE part DTSTART is not allowed in the rule: the start is stored on its own'],
    ['FREQ=DAILY;X-NAME=1', 'RRULE part X-NAME is not a recurrence rule part this calendar understands'],
    ['FREQ=DAILY;RSCALE=CHINESE', 'RRULE part RSCALE is not a recurrence rule part this calendar understands'],
  ])('%j', (input, message) => {
    expect(parseRule(input)).toEqual({ ok: false, message })
  })
})
