import { api } from '../../api'

/** The closure and holiday calls of 闭馆安排, from the one shared typed client. */
export const { listClosures, previewClosure, createClosure, deleteClosure, getHolidays, setHolidays, openOnHoliday, closeOnHoliday, listRooms } = api
