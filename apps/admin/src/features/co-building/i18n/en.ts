/** English texts of 共建单位 (co-building units and their agreements), merged into src/i18n/en.ts. */
const coBuildingEn = {
  coBuilding: {
    nav: 'Co-building units', title: 'Co-building units', create: 'New unit', refresh: 'Refresh',
    kinds: { government: 'Government office', enterprise: 'Enterprise', school: 'School', hospital: 'Hospital', social_organisation: 'Social organisation', public_institution: 'Public institution', other: 'Other' },
    filter: { kind: 'Unit type', allKinds: 'All types', search: 'Search by name', active: 'Active units only' },
    list: {
      name: 'Unit', kind: 'Type', region: 'Region', contact: 'Contact', partners: 'Partners', rooms: 'Rooms provided', agreements: 'Agreements',
      actions: 'Actions', edit: 'Edit', open: 'Agreements and partners', delete: 'Delete', empty: 'No co-building units yet', inactive: 'Inactive',
    },
    form: {
      newTitle: 'New co-building unit', editTitle: 'Edit co-building unit', name: 'Name', kind: 'Type', region: 'Region', contactName: 'Contact person',
      contactPhone: 'Contact phone', address: 'Address', active: 'Active (an inactive unit provides no new rooms)', centers: 'Partner centers',
      nameRequired: 'Enter the unit name', kindRequired: 'Choose the unit type', regionRequired: 'Choose the region',
      phoneRule: 'Enter an 11-digit mobile number or a landline with area code (e.g. 0371-66668888)', saved: 'Saved “{name}”',
    },
    detail: {
      title: '{name}', partners: 'Partners', addPartner: 'Add partner center', partnerCenter: 'Center', removePartner: 'Stop working with “{name}”',
      noPartners: 'No partners yet', rooms: 'Rooms offered to the booking system', noRooms: 'No rooms offered yet', offerRoom: 'Offer a room',
      agreements: 'Co-building agreements', noAgreements: 'No agreements yet', newAgreement: 'New agreement',
    },
    room: {
      title: 'Offer a room', center: 'Center where it is booked', name: 'Room name', kind: 'Kind', capacity: 'Capacity', floor: 'Floor',
      hint: 'The room becomes a bookable room of that center, under its booking rules, shown as “provided by {name}”.', saved: 'Room “{name}” offered',
      nameRequired: 'Enter the room name', centerRequired: 'Choose a center',
    },
    agreement: {
      newTitle: 'New agreement', editTitle: 'Edit agreement', title: 'Title', partner: 'Signed with', content: 'Content', start: 'Start date', end: 'End date',
      status: 'Status', statuses: { upcoming: 'Not yet in force', active: 'In force', expired: 'Expired' }, period: 'Period', attachment: 'Attachment',
      upload: 'Upload attachment', replace: 'Replace attachment', download: 'Download', removeFile: 'Remove attachment', noFile: 'No attachment',
      fileHint: 'PDF, JPEG or PNG up to 10 MB; photos lose their camera data.', uploaded: 'Attachment uploaded', edit: 'Edit', delete: 'Delete',
      titleRequired: 'Enter a title', partnerRequired: 'Choose who it is signed with', datesRequired: 'Choose the start and end dates', endBeforeStart: 'The end date cannot be before the start date',
      saved: 'Saved agreement “{name}”', deleted: 'Agreement deleted',
    },
    confirm: {
      deleteUnit: 'Delete “{name}”? Its partners and all its agreements (with attachments) are deleted too; this cannot be undone.', deleteUnitTitle: 'Delete unit',
      deleteAgreement: 'Delete the agreement “{name}” and its attachment?', deleteAgreementTitle: 'Delete agreement',
      removePartner: 'Stop working with “{name}”?', removePartnerTitle: 'Remove partner', ok: 'OK', cancel: 'Cancel',
    },
    deleted: 'Deleted “{name}”',
    providedBy: 'Provided by {name}',
  },
}

/** What the API's refusals of co-building mean, for src/i18n/en.ts `errors`. */
export const coBuildingErrorsEn = {
  agreement_dates: 'The end date cannot be before the start date; nothing was saved',
  agreement_partner: 'An agreement can only be signed with one of the unit’s partners; nothing was saved',
  attachment_empty: 'The file is empty; nothing was saved',
  attachment_type: 'Only PDF, JPEG or PNG files can be attached (judged by their content); nothing was saved',
  attachment_unreadable: 'The file is damaged or cannot be read; nothing was saved',
  attachment_too_many_pixels: 'The image is too large; nothing was saved',
  attachment_too_large: 'An attachment may be at most 10 MB; nothing was saved',
  unit_not_partner: 'This unit does not work with this center yet; add it as a partner first',
  unit_inactive: 'This unit is inactive and cannot offer rooms',
  room_of_center: 'This is the center’s own room; add the unit’s room as a new room instead',
  unit_provides_rooms: 'This unit still provides rooms and cannot be deleted; deactivate it instead',
  partner_has_agreements: 'Agreements were signed with this partner; delete them first',
  partner_has_rooms: 'The unit provides rooms to this center; delete them first',
  already_partner: 'Already a partner',
  attachment_one_file: 'Upload one file at a time; nothing was saved',
  attachment_file_only: 'Send only the file; nothing was saved',
  attachment_required: 'Choose a file to upload',
  partner_unknown: 'There is no such center or region; nothing was saved',
}

export default coBuildingEn
