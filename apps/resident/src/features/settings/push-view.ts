import type { PushStatus } from '../../shared/push-subscription'

/** What the push section says and offers for where push stands in this browser. */
export interface PushView {
  /** `notificationSettings.push.state.<key>` */
  state: PushStatus | 'checking'
  /** The button: turn push on, turn it off, or none (nothing this page can do). */
  action: 'enable' | 'disable' | null
  /** Whether the message is a problem the resident has to solve outside this page. */
  blocked: boolean
}

export function pushView(status: PushStatus | 'checking'): PushView {
  switch (status) {
    case 'on': return { state: status, action: 'disable', blocked: false }
    case 'off': return { state: status, action: 'enable', blocked: false }
    case 'denied': return { state: status, action: null, blocked: true }
    case 'unsupported': return { state: status, action: null, blocked: true }
    case 'checking': return { state: status, action: null, blocked: false }
  }
}
