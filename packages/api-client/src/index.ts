import type {
  AuditEntry, AuditQuery, PasswordChange, StaffCreate, StaffMember, StaffUpdate,
  Announcement, AnnouncementCreate, Emergency, EmergencyCreate, PairingStart, PairingStatus, Screen, ScreenBoard,
  ScreenConfig, ScreenCreate, ScreenUpdate,
  Booking, BookingCreate, BookingDecision, BookingListQuery, BookingPolicy, BookingPolicyPatch, BookingQuota, BookingSeriesCreate,
  Resident, ResidentLogin, RoomAvailability, RoomPolicyPatch,
  Activity, ActivityCreate, ActivitySplit, ActivityUpdate, ConflictCheck, Occurrence, OccurrenceUpdate,
  RangeQuery, RecurrencePreview, RecurrencePreviewBody, Schedule,
  Center, CenterCreate, CenterListQuery, CenterUpdate, LoginBody, Me, Region, RegionCreate,
  RegionUpdate, Room, RoomCreate, RoomListQuery, RoomUpdate,
} from '@linli/contracts'
import type {
  Leaderboard, MyVolunteering, MyVolunteeringUpdate, VolunteerMember, VolunteerMemberCreate, VolunteerMemberListQuery, VolunteerMemberUpdate, VolunteerService,
  VolunteerServiceCreate, VolunteerServiceListQuery, VolunteerTeam, VolunteerTeamCreate, VolunteerTeamUpdate,
  ServiceRequest, ServiceRequestAction, ServiceRequestCreate, ServiceRequestListQuery, ServiceRequestPage,
} from '@linli/contracts'
import type { CenterReport, RegionExportQuery, RegionReport, RegionReportQuery, ReportExportQuery, ReportQuery } from '@linli/contracts'
import type { Today } from '@linli/contracts'
import type { FirstRun } from '@linli/contracts'
import type { DistrictCalendar, DistrictCalendarQuery, DistrictScreen, DistrictScreensQuery } from '@linli/contracts'
import type { Closure, ClosureCreate, ClosureCreated, ClosureImpact, ClosureInput, HolidayCalendar, HolidayQuery, HolidaySettings } from '@linli/contracts'
import type { ApprovalChain, ApprovalChainPut } from '@linli/contracts'
import type { RoomHours, RoomKind, RoomOccupancy } from '@linli/contracts'
import type { CheckInTokens } from '@linli/contracts'
import type { DeskResident, DeskResidentCreate, DeskResidentList, DeskResidentQuery, SignInLink, SignInWithLink } from '@linli/contracts'
import type { PhoneCodeRequest, PhoneCodeRequested, ResetPasswordWithCode, SignInWithCode, SignUpWithCode } from '@linli/contracts'
import type { Family, FamilyCodeRequest, FamilyLink, FamilyLinkCreate, ResidentBookingCreate, StaffFamilyLinkCreate } from '@linli/contracts'
import type { DeskFamily, DeskFamilyLink, DeskFamilyLinkCreate } from '@linli/contracts'
import type { Household, HouseholdCreate, HouseholdFromLink, HouseholdPatch, MyOrganisation, Organisation, OrganisationCreate, OrganisationPatch } from '@linli/contracts'
import type { AccountDeletion, AccountExport, ResidentPasswordChange, ResidentPhoneChange, ResidentProfilePatch } from '@linli/contracts'
import type { InboxCounts, InboxPage, InboxQuery, Notification as InboxNotification } from '@linli/contracts'
import type {
  DeliveryPage, DeliveryQuery, DeliveryRecord, NotificationHealth, NotificationSettings, NotificationSettingsPatch,
  PushKey, PushSubscriptionCreate, PushSubscriptionDelete, PushSubscriptionRecord, UnsubscribeBody, UnsubscribeQuery, UnsubscribeState,
} from '@linli/contracts'
import type { Proposal, ProposalAccept, ProposalAnswer, ProposalCreate, ProposalDecline, ProposalListQuery, ProposalQuestion } from '@linli/contracts'
import type { ActivityRecord, PublicRecord, PublicRecordQuery, RecordCreate, RecordListQuery, RecordUpdate, RecordViewBody, RecordViews } from '@linli/contracts'
import type { CheckIn, DateRangeQuery, Registration, RegistrationCreate, Seats, SignupListing } from '@linli/contracts'
import type {
  GroupMember, GroupMembersAdd, ParticipationPolicy, ParticipationPolicyPatch, ResidentStanding, Suspension, SuspensionList, ResidentGroup, ResidentGroupCreate, ResidentGroupUpdate, Roster,
  StaffCheckIn, StaffRegistrationCreate,
} from '@linli/contracts'
import { coBuildingCalls } from './co-building'
import { type ClientOptions, createHttp } from './http'

export { ApiError, type ClientOptions } from './http'

type Items<T> = { items: T[] }

/** Typed functions for every API endpoint, shared by the admin and kiosk apps. */
export function createApiClient(options: ClientOptions = {}) {
  const http = createHttp(options)
  const id = encodeURIComponent
  return {
    login: (body: LoginBody) => http<Me>('POST', '/api/auth/login', body),
    logout: () => http<void>('POST', '/api/auth/logout'),
    getMe: () => http<Me>('GET', '/api/auth/me'),
    getFirstRun: () => http<FirstRun>('GET', '/api/auth/first-run'),

    listRegions: () => http<Items<Region>>('GET', '/api/regions'),
    createRegion: (body: RegionCreate) => http<Region>('POST', '/api/regions', body),
    updateRegion: (regionId: string, body: RegionUpdate) => http<Region>('PATCH', `/api/regions/${id(regionId)}`, body),

    listCenters: (query: CenterListQuery = {}) => http<Items<Center>>('GET', '/api/centers', undefined, query),
    getCenter: (centerId: string) => http<Center>('GET', `/api/centers/${id(centerId)}`),
    createCenter: (body: CenterCreate) => http<Center>('POST', '/api/centers', body),
    updateCenter: (centerId: string, body: CenterUpdate) => http<Center>('PATCH', `/api/centers/${id(centerId)}`, body),
    deleteCenter: (centerId: string) => http<void>('DELETE', `/api/centers/${id(centerId)}`),

    listRooms: (centerId: string, query: RoomListQuery = {}) =>
      http<Items<Room>>('GET', `/api/centers/${id(centerId)}/rooms`, undefined, query),
    getRoom: (roomId: string) => http<Room>('GET', `/api/rooms/${id(roomId)}`),
    createRoom: (centerId: string, body: RoomCreate) => http<Room>('POST', `/api/centers/${id(centerId)}/rooms`, body),
    updateRoom: (roomId: string, body: RoomUpdate) => http<Room>('PATCH', `/api/rooms/${id(roomId)}`, body),
    deleteRoom: (roomId: string) => http<void>('DELETE', `/api/rooms/${id(roomId)}`),
    setRoomHours: (roomId: string, body: RoomHours) => http<Room>('PUT', `/api/rooms/${id(roomId)}/hours`, body),

    previewRecurrence: (body: RecurrencePreviewBody) => http<RecurrencePreview>('POST', '/api/recurrence/preview', body),
    getSchedule: (centerId: string, query: RangeQuery = {}) =>
      http<Schedule>('GET', `/api/centers/${id(centerId)}/schedule`, undefined, query),
    calendarUrl: (centerId: string, query: Pick<RangeQuery, 'roomId' | 'category'> = {}) => {
      const qs = new URLSearchParams(Object.entries(query).filter(([, v]) => v) as [string, string][])
      return `${options.baseUrl ?? ''}/api/centers/${id(centerId)}/calendar.ics${qs.size ? `?${qs}` : ''}`
    },
    listOccurrences: (centerId: string, query: RangeQuery = {}) =>
      http<Items<Occurrence>>('GET', `/api/centers/${id(centerId)}/occurrences`, undefined, query),
    updateOccurrence: (occurrenceId: string, body: OccurrenceUpdate) =>
      http<Occurrence>('PATCH', `/api/occurrences/${id(occurrenceId)}`, body),
    getActivity: (activityId: string) => http<Activity>('GET', `/api/activities/${id(activityId)}`),
    createActivity: (centerId: string, body: ActivityCreate) =>
      http<Activity>('POST', `/api/centers/${id(centerId)}/activities`, body),
    checkActivity: (centerId: string, body: ActivityCreate, activityId?: string) =>
      http<ConflictCheck>('POST', `/api/centers/${id(centerId)}/activities/check`, body, activityId ? { activityId } : undefined),
    updateActivity: (activityId: string, body: ActivityUpdate) =>
      http<Activity>('PATCH', `/api/activities/${id(activityId)}`, body),
    splitActivity: (activityId: string, body: ActivitySplit) =>
      http<Activity>('POST', `/api/activities/${id(activityId)}/split`, body),
    deleteActivity: (activityId: string) => http<void>('DELETE', `/api/activities/${id(activityId)}`),

    residentLogin: (body: ResidentLogin) => http<Resident>('POST', '/api/residents/login', body),
    requestPhoneCode: (body: PhoneCodeRequest) => http<PhoneCodeRequested>('POST', '/api/residents/phone-codes', body),
    residentSignUpWithCode: (body: SignUpWithCode) => http<Resident>('POST', '/api/residents/sign-up-with-code', body),
    residentSignInWithCode: (body: SignInWithCode) => http<Resident>('POST', '/api/residents/sign-in-with-code', body),
    residentResetPassword: (body: ResetPasswordWithCode) => http<Resident>('POST', '/api/residents/reset-password', body),
    residentLogout: () => http<void>('POST', '/api/residents/logout'),
    getResidentMe: () => http<Resident>('GET', '/api/residents/me'),
    // 我的账号: the number changes only with a 'change_phone' code sent to the new one.
    updateResidentMe: (body: ResidentProfilePatch) => http<Resident>('PATCH', '/api/residents/me', body),
    changeMyPassword: (body: ResidentPasswordChange) => http<void>('POST', '/api/residents/me/password', body),
    changeMyPhone: (body: ResidentPhoneChange) => http<Resident>('POST', '/api/residents/me/phone', body),
    exportMyData: () => http<AccountExport>('GET', '/api/residents/me/export'),
    deleteMyAccount: (body: AccountDeletion) => http<void>('DELETE', '/api/residents/me', body),
    /** `forResidentId`: a family member's bookings, for a proxy linked to them. */
    listMyBookings: (forResidentId?: string) => http<Items<Booking>>('GET', '/api/residents/me/bookings', undefined, { forResidentId }),
    getRoomAvailability: (roomId: string, date: string, days = 1) =>
      http<Items<RoomAvailability>>('GET', `/api/rooms/${id(roomId)}/availability`, undefined, { date, days }),
    /** `body.forResidentId`: book for a family member the resident acts for. */
    createBooking: (roomId: string, body: ResidentBookingCreate) => http<Booking>('POST', `/api/rooms/${id(roomId)}/bookings`, body),
    createStaffBooking: (roomId: string, body: BookingCreate) => http<Booking>('POST', `/api/rooms/${id(roomId)}/staff-bookings`, body),
    createBookingSeries: (roomId: string, body: BookingSeriesCreate) =>
      http<{ created: Booking[]; skipped: { date: string; code: string; message: string }[] }>('POST', `/api/rooms/${id(roomId)}/booking-series`, body),
    getBooking: (bookingId: string) => http<Booking>('GET', `/api/bookings/${id(bookingId)}`),
    bookingCalendarUrl: (bookingId: string) => `${options.baseUrl ?? ''}/api/bookings/${id(bookingId)}/calendar.ics`,
    cancelBooking: (bookingId: string) => http<Booking>('POST', `/api/bookings/${id(bookingId)}/cancel`),
    decideBookings: (body: BookingDecision) => http<Items<Booking>>('POST', '/api/bookings/decisions', body),
    /** 待我审批: requests waiting at a step the signed-in staff member decides. */
    listAwaitingBookings: () => http<Items<Booking>>('GET', '/api/bookings/awaiting-me'),
    listApprovalChains: (centerId: string) => http<Items<ApprovalChain>>('GET', `/api/centers/${id(centerId)}/approval-chains`),
    putApprovalChain: (centerId: string, body: ApprovalChainPut) => http<ApprovalChain>('PUT', `/api/centers/${id(centerId)}/approval-chains`, body),
    deleteApprovalChain: (chainId: string) => http<void>('DELETE', `/api/approval-chains/${id(chainId)}`),
    checkInBooking: (bookingId: string) => http<Booking>('POST', `/api/bookings/${id(bookingId)}/check-in`),
    /** `token`: the `t` of the door code scanned, or the desk's 签到码 of the day. */
    checkInRoom: (roomId: string, token?: string, forResidentId?: string) =>
      http<Booking>('POST', `/api/rooms/${id(roomId)}/check-in`, token ? { token } : {}, { forResidentId }),
    /** 核销: staff type or scan the code the resident shows. */
    checkInByBookingCode: (centerId: string, code: string) => http<Booking>('POST', `/api/centers/${id(centerId)}/booking-code-check-ins`, { code }),
    getBookingQuota: (roomId: string, date?: string, forResidentId?: string) =>
      http<BookingQuota>('GET', `/api/rooms/${id(roomId)}/booking-quota`, undefined, { date, forResidentId }),
    listCenterBookings: (centerId: string, query: BookingListQuery = {}) =>
      http<Items<Booking>>('GET', `/api/centers/${id(centerId)}/bookings`, undefined, query),
    listResidentBookings: (residentId: string) => http<Items<Booking>>('GET', `/api/residents/${id(residentId)}/bookings`),
    getRoomBookingPolicy: (roomId: string) => http<BookingPolicy>('GET', `/api/rooms/${id(roomId)}/booking-policy`),
    getRoomPolicyOverrides: (roomId: string) => http<BookingPolicyPatch>('GET', `/api/rooms/${id(roomId)}/booking-policy/overrides`),
    updateRoomBookingPolicy: (roomId: string, body: RoomPolicyPatch) => http<BookingPolicy>('PATCH', `/api/rooms/${id(roomId)}/booking-policy`, body),
    getCenterBookingPolicy: (centerId: string) => http<BookingPolicy>('GET', `/api/centers/${id(centerId)}/booking-policy`),
    updateCenterBookingPolicy: (centerId: string, body: BookingPolicyPatch) =>
      http<BookingPolicyPatch>('PATCH', `/api/centers/${id(centerId)}/booking-policy`, body),
    /** The rules a center sets for every room of one kind (the middle level); PUT replaces them, {} follows the center. */
    /** 在馆人数: each open-access room's latest people count today; staff enter a new one. */
    getCenterOccupancy: (centerId: string) => http<Items<RoomOccupancy>>('GET', `/api/centers/${id(centerId)}/occupancy`),
    recordOccupancy: (roomId: string, count: number) => http<RoomOccupancy>('POST', `/api/rooms/${id(roomId)}/occupancy`, { count }),
    getRoomKindBookingPolicy: (centerId: string, kind: RoomKind) => http<BookingPolicyPatch>('GET', `/api/centers/${id(centerId)}/room-kinds/${kind}/booking-policy`),
    setRoomKindBookingPolicy: (centerId: string, kind: RoomKind, body: BookingPolicyPatch) =>
      http<BookingPolicyPatch>('PUT', `/api/centers/${id(centerId)}/room-kinds/${kind}/booking-policy`, body),

    startPairing: () => http<PairingStart>('POST', '/api/screens/pairings'),
    pollPairing: (pairingId: string, secret: string) => http<PairingStatus>('POST', `/api/screens/pairings/${id(pairingId)}/poll`, { secret }),
    getScreenConfig: (deviceToken: string) =>
      createHttp({ ...options, headers: { ...options.headers, authorization: `Bearer ${deviceToken}` } })<ScreenConfig>('GET', '/api/screens/me'),
    /** Fresh check-in codes for what a paired screen shows (they rotate every 30 s). */
    getCheckInTokens: (deviceToken: string) =>
      createHttp({ ...options, headers: { ...options.headers, authorization: `Bearer ${deviceToken}` } })<CheckInTokens>('GET', '/api/screens/me/check-in-tokens'),
    getBoard: (centerId: string) => http<ScreenBoard>('GET', `/api/centers/${id(centerId)}/board`),
    listScreens: (centerId: string) => http<Items<Screen>>('GET', `/api/centers/${id(centerId)}/screens`),
    pairScreen: (centerId: string, body: ScreenCreate) => http<Screen>('POST', `/api/centers/${id(centerId)}/screens`, body),
    updateScreen: (screenId: string, body: ScreenUpdate) => http<Screen>('PATCH', `/api/screens/${id(screenId)}`, body),
    revokeScreen: (screenId: string) => http<void>('DELETE', `/api/screens/${id(screenId)}`),
    reloadScreen: (screenId: string) => http<void>('POST', `/api/screens/${id(screenId)}/reload`),
    identifyScreen: (screenId: string) => http<void>('POST', `/api/screens/${id(screenId)}/identify`),
    listAnnouncements: (centerId: string) => http<Items<Announcement>>('GET', `/api/centers/${id(centerId)}/announcements`),
    createAnnouncement: (body: AnnouncementCreate) => http<Announcement>('POST', '/api/announcements', body),
    deleteAnnouncement: (announcementId: string) => http<void>('DELETE', `/api/announcements/${id(announcementId)}`),
    createEmergency: (body: EmergencyCreate) => http<Emergency>('POST', '/api/emergencies', body),
    clearEmergency: (emergencyId: string) => http<Emergency>('POST', `/api/emergencies/${id(emergencyId)}/clear`),

    listStaff: () => http<Items<StaffMember>>('GET', '/api/staff'),
    createStaff: (body: StaffCreate) => http<StaffMember>('POST', '/api/staff', body),
    updateStaff: (staffId: string, body: StaffUpdate) => http<StaffMember>('PATCH', `/api/staff/${id(staffId)}`, body),
    resetStaffPassword: (staffId: string, password: string) => http<void>('POST', `/api/staff/${id(staffId)}/password`, { password }),
    changePassword: (body: PasswordChange) => http<void>('POST', '/api/auth/password', body),
    logoutEverywhere: () => http<void>('POST', '/api/auth/logout-everywhere'),
    listAudit: (query: AuditQuery) => http<Items<AuditEntry>>('GET', '/api/audit', undefined, query),
    auditCsvUrl: (query: AuditQuery) => {
      const qs = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined && v !== '').map(([k, v]): [string, string] => [k, String(v)]))
      return `${options.baseUrl ?? ''}/api/audit.csv${qs.size ? `?${qs}` : ''}`
    },

    // Participation: a center's sign-up listing, a resident's registrations (sign up, confirm an offer, cancel) and QR check-in.
    listSignups: (centerId: string, query: DateRangeQuery = {}) =>
      http<SignupListing>('GET', `/api/centers/${id(centerId)}/signups`, undefined, query),
    getOccurrenceSeats: (occurrenceId: string) => http<Seats>('GET', `/api/occurrences/${id(occurrenceId)}/seats`),
    createRegistration: (occurrenceId: string, body: RegistrationCreate = {}) =>
      http<Items<Registration>>('POST', `/api/occurrences/${id(occurrenceId)}/registrations`, body),
    listMyRegistrations: (forResidentId?: string) => http<Items<Registration>>('GET', '/api/residents/me/registrations', undefined, { forResidentId }),
    confirmRegistration: (registrationId: string) => http<Registration>('POST', `/api/registrations/${id(registrationId)}/confirm`),
    cancelRegistration: (registrationId: string) => http<Registration>('POST', `/api/registrations/${id(registrationId)}/cancel`),
    checkInOccurrence: (occurrenceId: string, token?: string, forResidentId?: string) =>
      http<CheckIn>('POST', `/api/occurrences/${id(occurrenceId)}/check-in`, token ? { token } : {}, { forResidentId }),
    // 家人 (family proxies): link a member with the code sent to their number, see both sides, unlink; staff link at the desk.
    getMyFamily: () => http<Family>('GET', '/api/residents/me/family'),
    requestFamilyCode: (body: FamilyCodeRequest) => http<PhoneCodeRequested>('POST', '/api/residents/me/family/codes', body),
    linkFamilyMember: (body: FamilyLinkCreate) => http<FamilyLink>('POST', '/api/residents/me/family', body),
    unlinkFamily: (linkId: string) => http<void>('DELETE', `/api/residents/me/family/${id(linkId)}`),
    listCenterFamilyLinks: (centerId: string) => http<Items<DeskFamilyLink>>('GET', `/api/centers/${id(centerId)}/family-links`),
    createCenterFamilyLink: (centerId: string, body: StaffFamilyLinkCreate) => http<DeskFamilyLink>('POST', `/api/centers/${id(centerId)}/family-links`, body),
    deleteFamilyLink: (linkId: string) => http<void>('DELETE', `/api/family-links/${id(linkId)}`),
    getDeskFamily: (centerId: string, residentId: string) => http<DeskFamily>('GET', `/api/centers/${id(centerId)}/residents/${id(residentId)}/family-links`),
    createDeskFamilyLink: (centerId: string, residentId: string, body: DeskFamilyLinkCreate) =>
      http<DeskFamilyLink>('POST', `/api/centers/${id(centerId)}/residents/${id(residentId)}/family-links`, body),
    // 家庭与组织: households and organisations, made at the desk; a resident's own organisations to book for.
    listHouseholds: (centerId: string) => http<Items<Household>>('GET', `/api/centers/${id(centerId)}/households`),
    createHousehold: (centerId: string, body: HouseholdCreate) => http<Household>('POST', `/api/centers/${id(centerId)}/households`, body),
    householdFromFamilyLink: (centerId: string, body: HouseholdFromLink) => http<Household>('POST', `/api/centers/${id(centerId)}/households/from-family-link`, body),
    updateHousehold: (householdId: string, body: HouseholdPatch) => http<Household>('PATCH', `/api/households/${id(householdId)}`, body),
    deleteHousehold: (householdId: string) => http<void>('DELETE', `/api/households/${id(householdId)}`),
    addHouseholdMember: (householdId: string, residentId: string) => http<Household>('POST', `/api/households/${id(householdId)}/members`, { residentId }),
    removeHouseholdMember: (householdId: string, residentId: string) => http<Household>('DELETE', `/api/households/${id(householdId)}/members/${id(residentId)}`),
    listOrganisations: (centerId: string) => http<Items<Organisation>>('GET', `/api/centers/${id(centerId)}/organisations`),
    createOrganisation: (centerId: string, body: OrganisationCreate) => http<Organisation>('POST', `/api/centers/${id(centerId)}/organisations`, body),
    updateOrganisation: (organisationId: string, body: OrganisationPatch) => http<Organisation>('PATCH', `/api/organisations/${id(organisationId)}`, body),
    deleteOrganisation: (organisationId: string) => http<void>('DELETE', `/api/organisations/${id(organisationId)}`),
    addOrganisationMember: (organisationId: string, residentId: string) => http<Organisation>('POST', `/api/organisations/${id(organisationId)}/members`, { residentId }),
    removeOrganisationMember: (organisationId: string, residentId: string) => http<Organisation>('DELETE', `/api/organisations/${id(organisationId)}/members/${id(residentId)}`),
    listMyOrganisations: (centerId: string) => http<Items<MyOrganisation>>('GET', '/api/residents/me/organisations', undefined, { centerId }),
    // Participation, staff side: an occurrence's list and check-ins, the center's rules, target groups.
    getRoster: (occurrenceId: string) => http<Roster>('GET', `/api/occurrences/${id(occurrenceId)}/roster`),
    addToRoster: (occurrenceId: string, body: StaffRegistrationCreate) =>
      http<Items<Registration>>('POST', `/api/occurrences/${id(occurrenceId)}/roster`, body),
    staffCheckIn: (occurrenceId: string, body: StaffCheckIn) => http<CheckIn>('POST', `/api/occurrences/${id(occurrenceId)}/staff-check-ins`, body),
    deleteCheckIn: (checkInId: string) => http<void>('DELETE', `/api/check-ins/${id(checkInId)}`),
    getParticipationPolicy: (centerId: string) => http<ParticipationPolicy>('GET', `/api/centers/${id(centerId)}/participation-policy`),
    updateParticipationPolicy: (centerId: string, body: ParticipationPolicyPatch) =>
      http<ParticipationPolicy>('PATCH', `/api/centers/${id(centerId)}/participation-policy`, body),
    listSuspensions: (centerId: string, onlyActive = false) =>
      http<SuspensionList>('GET', `/api/centers/${id(centerId)}/suspensions${onlyActive ? '?active=true' : ''}`),
    liftSuspension: (suspensionId: string) => http<Suspension>('POST', `/api/suspensions/${id(suspensionId)}/lift`),
    getMyStanding: () => http<ResidentStanding>('GET', '/api/residents/me/standing'),
    listGroups: (centerId: string) => http<Items<ResidentGroup>>('GET', `/api/centers/${id(centerId)}/groups`),
    createGroup: (centerId: string, body: ResidentGroupCreate) => http<ResidentGroup>('POST', `/api/centers/${id(centerId)}/groups`, body),
    updateGroup: (groupId: string, body: ResidentGroupUpdate) => http<ResidentGroup>('PATCH', `/api/groups/${id(groupId)}`, body),
    deleteGroup: (groupId: string) => http<void>('DELETE', `/api/groups/${id(groupId)}`),
    listGroupMembers: (groupId: string) => http<Items<GroupMember>>('GET', `/api/groups/${id(groupId)}/members`),
    addGroupMembers: (groupId: string, body: GroupMembersAdd) => http<Items<GroupMember>>('POST', `/api/groups/${id(groupId)}/members`, body),
    removeGroupMember: (groupId: string, residentId: string) => http<void>('DELETE', `/api/groups/${id(groupId)}/members/${id(residentId)}`),

    // Volunteers: teams, members, service hours; the lobby leaderboard and a resident's own standing.
    listVolunteerTeams: (centerId: string) => http<Items<VolunteerTeam>>('GET', `/api/centers/${id(centerId)}/volunteer-teams`),
    createVolunteerTeam: (centerId: string, body: VolunteerTeamCreate) => http<VolunteerTeam>('POST', `/api/centers/${id(centerId)}/volunteer-teams`, body),
    updateVolunteerTeam: (teamId: string, body: VolunteerTeamUpdate) => http<VolunteerTeam>('PATCH', `/api/volunteer-teams/${id(teamId)}`, body),
    listTeamMembers: (teamId: string, query: { includeInactive?: boolean } = {}) =>
      http<Items<VolunteerMember>>('GET', `/api/volunteer-teams/${id(teamId)}/members`, undefined, query),
    addTeamMember: (teamId: string, body: VolunteerMemberCreate) => http<VolunteerMember>('POST', `/api/volunteer-teams/${id(teamId)}/members`, body),
    updateVolunteerMember: (memberId: string, body: VolunteerMemberUpdate) => http<VolunteerMember>('PATCH', `/api/volunteer-members/${id(memberId)}`, body),
    listVolunteerMembers: (centerId: string, query: VolunteerMemberListQuery = {}) =>
      http<Items<VolunteerMember>>('GET', `/api/centers/${id(centerId)}/volunteer-members`, undefined, query),
    listVolunteerService: (centerId: string, query: VolunteerServiceListQuery = {}) =>
      http<Items<VolunteerService>>('GET', `/api/centers/${id(centerId)}/volunteer-service`, undefined, query),
    recordVolunteerService: (centerId: string, body: VolunteerServiceCreate) =>
      http<VolunteerService>('POST', `/api/centers/${id(centerId)}/volunteer-service`, body),
    deleteVolunteerService: (serviceId: string) => http<void>('DELETE', `/api/volunteer-service/${id(serviceId)}`),
    getLeaderboard: (centerId: string) => http<Leaderboard>('GET', `/api/centers/${id(centerId)}/leaderboard`),
    getMyVolunteering: () => http<MyVolunteering>('GET', '/api/residents/me/volunteering'),
    updateMyVolunteering: (memberId: string, body: MyVolunteeringUpdate) =>
      http<MyVolunteering>('PATCH', `/api/residents/me/volunteering/${id(memberId)}`, body),

    // The signed-in resident's inbox: the phone pages' bell and list.
    listMyNotifications: (query: InboxQuery = {}) => http<InboxPage>('GET', '/api/residents/me/notifications', undefined, query),
    markNotificationRead: (notificationId: string) =>
      http<InboxNotification>('POST', `/api/residents/me/notifications/${id(notificationId)}/read`),
    markAllNotificationsRead: () => http<InboxCounts>('POST', '/api/residents/me/notifications/read-all'),
    // What reaches the resident outside the app: their settings, unsubscribe links (reading one changes
    // nothing; only unsubscribeChannel turns the channel off) and this browser's Web Push subscription.
    getNotificationSettings: () => http<NotificationSettings>('GET', '/api/residents/me/notification-settings'),
    updateNotificationSettings: (body: NotificationSettingsPatch) =>
      http<NotificationSettings>('PATCH', '/api/residents/me/notification-settings', body),
    readUnsubscribeLink: (query: UnsubscribeQuery) => http<UnsubscribeState>('GET', '/api/notifications/unsubscribe', undefined, query),
    unsubscribeChannel: (body: UnsubscribeBody) => http<UnsubscribeState>('POST', '/api/notifications/unsubscribe', body),
    getPushKey: () => http<PushKey>('GET', '/api/notifications/push-key'),
    createPushSubscription: (body: PushSubscriptionCreate) => http<PushSubscriptionRecord>('POST', '/api/residents/me/push-subscriptions', body),
    deletePushSubscription: (body: PushSubscriptionDelete) => http<void>('DELETE', '/api/residents/me/push-subscriptions', body),
    // Staff side: a center's delivery log (newest first, with the total), resending a failed or dead
    // delivery (409 not_resendable when queued or sent), and which channels can send.
    listDeliveries: (centerId: string, query: DeliveryQuery = {}) =>
      http<DeliveryPage>('GET', `/api/centers/${id(centerId)}/notifications`, undefined, query),
    resendDelivery: (deliveryId: string) => http<DeliveryRecord>('POST', `/api/notifications/deliveries/${id(deliveryId)}/resend`),
    getNotificationHealth: () => http<NotificationHealth>('GET', '/api/health/notifications'),

    // Service requests (民情) logged at the service hall.
    listServiceRequests: (centerId: string, query: ServiceRequestListQuery = {}) =>
      http<ServiceRequestPage>('GET', `/api/centers/${id(centerId)}/service-requests`, undefined, query),
    createServiceRequest: (centerId: string, body: ServiceRequestCreate) =>
      http<ServiceRequest>('POST', `/api/centers/${id(centerId)}/service-requests`, body),
    getServiceRequest: (requestId: string) => http<ServiceRequest>('GET', `/api/service-requests/${id(requestId)}`),
    actOnServiceRequest: (requestId: string, body: ServiceRequestAction) =>
      http<ServiceRequest>('POST', `/api/service-requests/${id(requestId)}/actions`, body),

    // The service desk: a center's residents (numbers masked), registering one without a password,
    // a one-time sign-in link to show as a QR (an earlier unused one stops working); the phone's side of it.
    listDeskResidents: (centerId: string, query: DeskResidentQuery = {}) =>
      http<DeskResidentList>('GET', `/api/centers/${id(centerId)}/residents`, undefined, query),
    registerDeskResident: (centerId: string, body: DeskResidentCreate) => http<DeskResident>('POST', `/api/centers/${id(centerId)}/residents`, body),
    createSignInLink: (centerId: string, residentId: string) =>
      http<SignInLink>('POST', `/api/centers/${id(centerId)}/residents/${id(residentId)}/sign-in-links`),
    // 居民提议: residents propose activities to a center; its staff ask, accept (a draft activity) or decline.
    createProposal: (centerId: string, body: ProposalCreate) => http<Proposal>('POST', `/api/centers/${id(centerId)}/proposals`, body),
    listMyProposals: () => http<Items<Proposal>>('GET', '/api/residents/me/proposals'),
    answerProposal: (proposalId: string, body: ProposalAnswer) => http<Proposal>('POST', `/api/residents/me/proposals/${id(proposalId)}/answer`, body),
    withdrawProposal: (proposalId: string) => http<Proposal>('POST', `/api/residents/me/proposals/${id(proposalId)}/withdraw`),
    listCenterProposals: (centerId: string, query: ProposalListQuery = {}) =>
      http<Items<Proposal>>('GET', `/api/centers/${id(centerId)}/proposals`, undefined, query),
    askAboutProposal: (proposalId: string, body: ProposalQuestion) => http<Proposal>('POST', `/api/proposals/${id(proposalId)}/question`, body),
    acceptProposal: (proposalId: string, body: ProposalAccept) => http<Proposal>('POST', `/api/proposals/${id(proposalId)}/accept`, body),
    declineProposal: (proposalId: string, body: ProposalDecline) => http<Proposal>('POST', `/api/proposals/${id(proposalId)}/decline`, body),

    listCenterRecords: (centerId: string, query: PublicRecordQuery = {}) =>
      http<Items<PublicRecord>>('GET', `/api/centers/${id(centerId)}/records`, undefined, query),
    getCenterRecord: (centerId: string, recordId: string) => http<PublicRecord>('GET', `/api/centers/${id(centerId)}/records/${id(recordId)}`),
    viewRecord: (recordId: string, body: RecordViewBody = {}) => http<RecordViews>('POST', `/api/records/${id(recordId)}/views`, body),
    listRecords: (query: RecordListQuery) => http<Items<ActivityRecord>>('GET', '/api/records', undefined, query),
    getRecord: (recordId: string) => http<ActivityRecord>('GET', `/api/records/${id(recordId)}`),
    createRecord: (centerId: string, body: RecordCreate) => http<ActivityRecord>('POST', `/api/centers/${id(centerId)}/records`, body),
    updateRecord: (recordId: string, body: RecordUpdate) => http<ActivityRecord>('PATCH', `/api/records/${id(recordId)}`, body),
    publishRecord: (recordId: string) => http<ActivityRecord>('POST', `/api/records/${id(recordId)}/publish`),
    unpublishRecord: (recordId: string) => http<ActivityRecord>('POST', `/api/records/${id(recordId)}/unpublish`),
    deleteRecord: (recordId: string) => http<void>('DELETE', `/api/records/${id(recordId)}`),
    /** The files go as multipart field "photos"; all are stored or none. */
    addRecordPhotos: (recordId: string, files: readonly Blob[]) => {
      const form = new FormData()
      for (const f of files) form.append('photos', f, f instanceof File ? f.name : 'photo')
      return http<ActivityRecord>('POST', `/api/records/${id(recordId)}/photos`, form)
    },
    removeRecordPhoto: (recordId: string, photoId: string) => http<ActivityRecord>('DELETE', `/api/records/${id(recordId)}/photos/${id(photoId)}`),
    ...coBuildingCalls(http),
    signInWithLink: (body: SignInWithLink) => http<Resident>('POST', '/api/residents/sign-in-with-link', body),
    // 闭馆安排: a center's closures (preview what they cover, then cancel or keep it) and its national holiday calendar.
    listClosures: (centerId: string) => http<Items<Closure>>('GET', `/api/centers/${id(centerId)}/closures`),
    previewClosure: (centerId: string, body: ClosureInput) => http<ClosureImpact>('POST', `/api/centers/${id(centerId)}/closures/preview`, body),
    createClosure: (centerId: string, body: ClosureCreate) => http<ClosureCreated>('POST', `/api/centers/${id(centerId)}/closures`, body),
    deleteClosure: (closureId: string) => http<void>('DELETE', `/api/closures/${id(closureId)}`),
    getHolidays: (centerId: string, query: HolidayQuery = {}) => http<HolidayCalendar>('GET', `/api/centers/${id(centerId)}/holidays`, undefined, query),
    setHolidays: (centerId: string, body: HolidaySettings) => http<HolidayCalendar>('PUT', `/api/centers/${id(centerId)}/holidays`, body),
    openOnHoliday: (centerId: string, date: string) => http<HolidayCalendar>('PUT', `/api/centers/${id(centerId)}/holiday-exceptions/${date}`),
    closeOnHoliday: (centerId: string, date: string) => http<void>('DELETE', `/api/centers/${id(centerId)}/holiday-exceptions/${date}`),

    // 今日: a center's day for its staff, in one read.
    getToday: (centerId: string) => http<Today>('GET', `/api/centers/${id(centerId)}/today`),

    // Reports: a center's or a region's figures for a period, and their tables as CSV / XLSX downloads.
    getCenterReport: (centerId: string, query: ReportQuery) => http<CenterReport>('GET', `/api/centers/${id(centerId)}/reports`, undefined, query),
    getRegionReport: (regionId: string, query: RegionReportQuery) => http<RegionReport>('GET', `/api/regions/${id(regionId)}/reports`, undefined, query),
    centerReportExportUrl: (centerId: string, query: ReportExportQuery) =>
      `${options.baseUrl ?? ''}/api/centers/${id(centerId)}/reports/export?${searchOf(query)}`,
    regionReportExportUrl: (regionId: string, query: RegionExportQuery) =>
      `${options.baseUrl ?? ''}/api/regions/${id(regionId)}/reports/export?${searchOf(query)}`,
    getDistrictCalendar: (regionId: string, query: DistrictCalendarQuery) =>
      http<DistrictCalendar>('GET', `/api/regions/${id(regionId)}/calendar`, undefined, query),
    listDistrictScreens: (regionId: string, query: DistrictScreensQuery = {}) =>
      http<Items<DistrictScreen>>('GET', `/api/regions/${id(regionId)}/screens`, undefined, query),
  }
}

/** A query string of the set fields, for links the browser follows itself (downloads). */
const searchOf = (query: object) =>
  new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined && v !== '').map(([k, v]): [string, string] => [k, String(v)]))

export type ApiClient = ReturnType<typeof createApiClient>
