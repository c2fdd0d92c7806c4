import { createRequire } from 'node:module'
import type { NationalCalendar } from '@linli/schedule'

/**
 * China's statutory holidays and make-up working days as published by the State Council, from the
 * `chinese-days` package (its data file, read once; a package update brings next year's notice).
 */
export const nationalCalendar: NationalCalendar = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as NationalCalendar
