import type { Occurrence } from '@linli/contracts'
import { api } from '../../api'
import { useCenterList } from '../../composables/use-center-list'
import type { DateRange } from './calendar-range'

/** The occurrences of one center in a date range, with loading and error state. */
export const useOccurrences = () => useCenterList<Occurrence, DateRange>((centerId, range) => api.listOccurrences(centerId, range))
