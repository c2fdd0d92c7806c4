import type { RegionLevel } from '@linli/contracts'

/** What a region may hold: a district its subdistricts, a subdistrict its communities, a community nothing. */
export const childLevel: Record<RegionLevel, RegionLevel | undefined> = { district: 'subdistrict', subdistrict: 'community', community: undefined }
