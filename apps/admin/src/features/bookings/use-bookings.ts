import type { Booking, BookingListQuery } from '@linli/contracts'
import { api } from '../../api'
import { useCenterList } from '../../composables/use-center-list'

/** One list of a center's bookings (a tab), with loading and error state. */
export const useBookings = () => useCenterList<Booking, BookingListQuery>((centerId, query) => api.listCenterBookings(centerId, query))
