import type { recordErrorsZh } from './zh-CN'
import type recordsZh from './zh-CN'

/** English texts of activity records; same shape as zh-CN.ts. */
const recordsEn: typeof recordsZh = {
  records: {
    nav: 'Activity records', title: 'Activity records', center: 'Center', pickCenter: 'Choose a center', noCenter: 'No center to manage.', create: 'New record',
    statuses: { draft: 'Draft', published: 'Published', unpublished: 'Unpublished' },
    filter: { label: 'Status', all: 'All' },
    list: {
      photo: 'Photo', title: 'Title', status: 'Status', occurrence: 'Activity', photos: 'Photos', views: 'Views', updated: 'Updated',
      edit: 'Edit', empty: 'No activity records yet', emptyFiltered: 'No records match', noPhoto: 'No photo',
    },
    editor: {
      newTitle: 'New activity record', editTitle: 'Edit activity record', title: 'Title', body: 'Text', occurrence: 'Activity date', noOccurrence: 'None (other work)',
      occurrenceHint: 'Attendance is filled in from check-ins', checkedIn: '{n} checked in', tags: 'Tags', tagsHint: 'Press Enter after each, at most 8', organiser: 'Organised by',
      organiserHint: 'e.g. the first party branch, or a resident unit', photos: 'Photos ({n}/12)', addPhotos: 'Add photos', photosHint: 'JPEG, PNG or WebP, up to 15 MB each, at most 12; location and camera data are removed on upload.',
      removePhoto: 'Remove photo {n}', consent: 'The people in the photos agreed to be shown in public', consentHint: 'Published records are shown on the lobby screen and residents\' phones: ask the people in the photos first.',
      consentBy: 'Confirmed by {name} at {at}', save: 'Save', saveDraft: 'Save draft', publish: 'Publish', unpublish: 'Unpublish', delete: 'Delete',
      saved: 'Saved', uploaded: '{n} photos uploaded', published: 'Published: it shows on the screens and phones now', unpublished: 'Unpublished', deleted: 'Deleted',
      uploading: 'Uploading…', needTitle: 'Enter a title', views: '{n} views', status: 'Status',
      confirmPublish: 'This record and its photos will appear on this center\'s lobby screen and residents\' phones. Publish it?', confirmPublishTitle: 'Publish activity record',
      confirmUnpublish: 'The record leaves the screens and phones and its photos stop being public. Unpublish it?', confirmUnpublishTitle: 'Unpublish activity record',
      confirmDelete: 'Delete this record and all its photos? This cannot be undone.', confirmRemovePhoto: 'Remove this photo?',
    },
  },
}

export const recordErrorsEn: typeof recordErrorsZh = {
  photo_empty: 'The photo file is empty; no photo was saved',
  photo_type: 'Only JPEG, PNG or WebP photos can be uploaded; no photo was saved',
  photo_unreadable: 'The photo is damaged or cannot be read; no photo was saved',
  photo_too_many_pixels: 'The photo is too large (over 64 megapixels); no photo was saved',
  photo_too_large: 'A photo may be at most 15 MB; no photo was saved',
  too_many_photos: 'A record has at most 12 photos; no photo was saved',
  photos_required: 'Choose at least one photo',
  photos_only: 'Only photo files can be uploaded',
  record_occurrence_not_here: 'That activity date is not one of this center\'s',
  record_wrong_status: 'This record has changed, so nothing was done; it is refreshed',
  record_consent_required: 'Confirm that the people in the photos agreed before publishing (records are shown on the screens)',
  record_photos_required: 'A published record needs at least one photo',
}

export default recordsEn
