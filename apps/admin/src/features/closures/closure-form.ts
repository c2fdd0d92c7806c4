import type { ClosureInput } from '@linli/contracts'

/** The 新增闭馆 form as typed: dates 'YYYY-MM-DD', times 'HH:mm' (used only when not all day). */
export interface ClosureForm {
  /** '' closes the whole center. */
  roomId: string
  startDate: string
  endDate: string
  allDay: boolean
  startTime: string
  endTime: string
  reason: string
}

export const emptyClosureForm = (today: string): ClosureForm => ({
  roomId: '', startDate: today, endDate: today, allDay: true, startTime: '09:00', endTime: '12:00', reason: '',
})

/** i18n keys (closures.form.problems.*) of what is wrong, [] when it can be sent; `today` is the center's date. */
export function closureFormProblems(f: ClosureForm, today: string): string[] {
  const problems: string[] = []
  const reason = f.reason.trim()
  if (!f.startDate || !f.endDate) problems.push('datesRequired')
  else {
    if (f.endDate < f.startDate) problems.push('endBeforeStart')
    if (f.endDate < today) problems.push('inPast')
  }
  if (!f.allDay) {
    if (!f.startTime || !f.endTime) problems.push('timesRequired')
    else if (f.startDate === f.endDate && f.endTime <= f.startTime) problems.push('endTimeBeforeStart')
  }
  if (!reason) problems.push('reasonRequired')
  else if (reason.length > 100) problems.push('reasonTooLong')
  return problems
}

/** The body the API takes for a valid form. */
export function toClosureInput(f: ClosureForm): ClosureInput {
  return {
    roomId: f.roomId || null, startDate: f.startDate, endDate: f.endDate, reason: f.reason.trim(),
    ...(f.allDay ? {} : { startTime: f.startTime, endTime: f.endTime }),
  }
}

const addDay = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

/** When a closure is, in the center's wall clock (its times carry the center's offset): dates for whole days, else times. */
export function closureWhen(c: { startsAt: string; endsAt: string; allDay: boolean }): string {
  const from = c.startsAt.slice(0, 10)
  if (c.allDay) {
    const last = addDay(c.endsAt.slice(0, 10), -1)
    return last === from ? from : `${from} – ${last}`
  }
  const to = c.endsAt.slice(0, 10)
  return `${from} ${c.startsAt.slice(11, 16)} – ${to === from ? '' : `${to} `}${c.endsAt.slice(11, 16)}`
}
