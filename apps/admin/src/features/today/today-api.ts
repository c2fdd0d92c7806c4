import { api } from '../../api'

/** The 今日 read, from the one shared typed client. */
export const { getToday } = api
