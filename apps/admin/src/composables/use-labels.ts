import { useI18n } from 'vue-i18n'
import {
  type ActivityCategory, type ActivityStatus, type Audience, type OrganiserKind, type RegionLevel,
  type RoomAccess, type RoomKind, type StaffRole,
  activityCategoryLabels, activityStatusLabels, audienceLabels, organiserKindLabels, regionLevelLabels,
  roomAccessLabels, roomKindLabels, staffRoleLabels, weekdayLabels,
} from '@linli/contracts'
import type { AppLocale } from '../i18n'

/** Display names of contract enums in the current UI language. */
export function useLabels() {
  const { locale } = useI18n()
  const lang = () => locale.value as AppLocale
  return {
    roomKind: (k: RoomKind) => roomKindLabels[k]?.[lang()] ?? k,
    roomAccess: (a: RoomAccess) => roomAccessLabels[a]?.[lang()] ?? a,
    regionLevel: (l: RegionLevel) => regionLevelLabels[l]?.[lang()] ?? l,
    role: (r: StaffRole) => staffRoleLabels[r]?.[lang()] ?? r,
    weekday: (d: number) => weekdayLabels[d]?.[lang()] ?? String(d),
    category: (c: ActivityCategory) => activityCategoryLabels[c]?.[lang()] ?? c,
    audience: (a: Audience) => audienceLabels[a]?.[lang()] ?? a,
    organiserKind: (o: OrganiserKind) => organiserKindLabels[o]?.[lang()] ?? o,
    activityStatus: (s: ActivityStatus) => activityStatusLabels[s]?.[lang()] ?? s,
  }
}
