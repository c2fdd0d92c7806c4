// vue-cal 4 ships no type declarations; this covers what the calendar page uses.
declare module 'vue-cal' {
  import type { DefineComponent } from 'vue'

  /** An event as vue-cal hands it back (start/end are browser-local Dates) plus our own fields. */
  export interface VueCalEvent {
    start: Date
    end: Date
    title?: string
    class?: string
    split?: string | number
    draggable?: boolean
    [key: string]: unknown
  }

  export interface VueCalDrop {
    event: VueCalEvent
    originalEvent: VueCalEvent
    oldDate: Date
    newDate: Date
    oldSplit?: string | number
    newSplit?: string | number
    external: boolean
  }

  const VueCal: DefineComponent<Record<string, unknown>>
  export default VueCal
}
