/**
 * The one answer to "is this booking by an outside organisation", for quotas, approval chains and
 * anything else that treats organisations' bookings differently. Bookings name their organisation
 * by id (organisations table); the name is read through a join, never stored on the booking.
 */
export const isOrganisationBooking = (b: { organisation_id: string | null }) => b.organisation_id !== null

/**
 * Lobby screens and the phone pages show an organisation's name only when the booking asked to
 * publish it and the organisation allows its name to be published; otherwise "occupied".
 */
export const publicOrganisationName = (b: { publish_organisation: boolean; organisation_name: string | null; organisation_publish_name: boolean | null }) =>
  b.publish_organisation && b.organisation_publish_name ? b.organisation_name : null
