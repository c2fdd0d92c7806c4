import { api } from '../../api'

/** The record calls of 活动纪实, from the one shared typed client. */
export const {
  listRecords, createRecord, updateRecord, publishRecord, unpublishRecord, deleteRecord, addRecordPhotos, removeRecordPhoto, listOccurrences,
} = api
