import { api } from '../../api'

/** The board calls this feature uses, from the one shared typed client. */
export const { listAnnouncements, createAnnouncement, deleteAnnouncement, getBoard, createEmergency, clearEmergency } = api
