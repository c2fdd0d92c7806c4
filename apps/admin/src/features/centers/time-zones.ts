import { DEFAULT_TIME_ZONE } from '@linli/contracts'

/** Zones offered first; any other IANA name can be typed in. */
export const COMMON_TIME_ZONES = [
  DEFAULT_TIME_ZONE, 'Asia/Urumqi', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei', 'Asia/Singapore',
  'Asia/Tokyo', 'Asia/Seoul', 'Asia/Bangkok', 'Asia/Kolkata', 'Asia/Dubai', 'Europe/Moscow',
  'Europe/Berlin', 'Europe/Paris', 'Europe/London', 'America/New_York', 'America/Chicago',
  'America/Los_Angeles', 'Australia/Sydney', 'UTC',
] as const

/** True when the browser's tz database knows the zone (the API checks against its own). */
export function isValidTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}
