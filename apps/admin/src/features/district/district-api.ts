import { api } from '../../api'

/** The district view's endpoints: one calendar and one screen list across a region's centers. */
export const { getDistrictCalendar, listDistrictScreens, listRegions } = api
