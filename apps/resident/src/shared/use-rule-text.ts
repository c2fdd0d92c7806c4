import type { BookingPolicy } from '@linli/contracts'
import { useI18n } from 'vue-i18n'
import { durationMessage } from './format'

/** Durations in words and the numbers rule messages mention ({min}, {notice}, {quota} …). */
export function useRuleText() {
  const { t } = useI18n()
  const duration = (minutes: number) => {
    const { key, values } = durationMessage(minutes)
    return t(key, values)
  }
  const ruleValues = (policy: BookingPolicy | undefined, capacity: number) =>
    policy
      ? {
          min: duration(policy.minMinutes), max: duration(policy.maxMinutes), slot: policy.slotMinutes,
          notice: duration(policy.minNoticeMinutes), buffer: duration(policy.bufferMinutes), days: policy.maxAdvanceDays,
          release: policy.releaseTime, quota: policy.weeklyQuota, upcoming: policy.maxUpcoming, capacity,
          opens: policy.checkInOpensMinutes, after: policy.noShowAfterMinutes,
        }
      : { capacity }
  return { duration, ruleValues }
}
