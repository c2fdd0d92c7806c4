import { describe, expect, it } from 'vitest'
import type { TSchema } from '@sinclair/typebox'
import {
  Activity, ActivityRecord, Announcement, ApprovalChain, AssessmentScheme, Booking, BookingDecision, BookingPolicyPatch, Center, CheckIn, Closure, CoBuildingAgreement, CoBuildingUnit, DeskFamilyLink, DeskResident, Emergency, FamilyLink, Household, JointMeeting, Need, Organisation, Occurrence, ParticipationPolicy, Proposal, Region,
  Project, Registration, ResidentGroup, Resource, Room, Screen, ServiceRequest, ServiceRequestAction, StaffMember, VolunteerMember, VolunteerService, VolunteerTeam,
} from '@linli/contracts'
import type { Translate } from '../../composables/api-error'
import zhCN from '../../i18n/zh-CN'
import en from '../../i18n/en'
import { auditLabels } from './audit-labels'
import { AUDIT_ENTITIES } from './audit-query'

// The API's own source: every `request.audit({ entity, action, … })` it can write.
const apiSources = import.meta.glob<string>('../../../../api/src/**/*.ts', { query: '?raw', import: 'default', eager: true })
const writes = Object.entries(apiSources)
  .filter(([path]) => !path.endsWith('.test.ts'))
  .flatMap(([path, source]) => [...source.matchAll(/\.audit\(\{\s*entity:\s*'([a-z_]+)'[^}]*?action:\s*('[^']*'|`[^`]*`|[\w.]+)/g)]
    .map((m) => ({ path, entity: m[1]!, action: m[2]!.trim() })))

/** Actions the API takes from the request: each expression it uses, with the values its contract allows. */
const DYNAMIC_ACTIONS: Record<string, string[]> = {
  'request.body.decision': BookingDecision.properties.decision.anyOf.map((d) => d.const),
  'action.action': ServiceRequestAction.anyOf.map((a) => a.properties.action.const),
  // A household's PUT makes it or updates it: `created ? 'create' : 'update'`.
  created: ['create', 'update'],
}

function actionCodes(expression: string): string[] {
  const literal = /^['`]([a-z_]+)(?::\$\{[^}]*\})?['`]$/.exec(expression)
  if (literal) return [literal[1]!]
  const dynamic = DYNAMIC_ACTIONS[expression]
  if (!dynamic) throw new Error(`an audit action the test cannot read: ${expression}; list its values in DYNAMIC_ACTIONS`)
  return dynamic
}

/** The records each entity's before/after holds, as the routes write them, or the plain fields it logs. */
const RECORDS: Record<string, (TSchema | string[])[]> = {
  room: [Room], center: [Center], region: [Region], activity: [Activity], occurrence: [Occurrence], booking: [Booking],
  room_policy: [BookingPolicyPatch], room_kind_policy: [BookingPolicyPatch, ['kind']], center_policy: [BookingPolicyPatch], screen: [Screen], announcement: [Announcement], emergency: [Emergency],
  staff: [StaffMember], registration: [Registration], check_in: [CheckIn], participation_policy: [ParticipationPolicy],
  service_request: [ServiceRequest], volunteer_team: [VolunteerTeam], volunteer_member: [VolunteerMember], volunteer_service: [VolunteerService],
  // add_members and remove_member log the residents concerned rather than a record; a resend logs the delivery's state.
  resident_group: [ResidentGroup, ['residentIds', 'residentId']], notification_delivery: [['status', 'lastError']],
  // The rule makes a suspension (logged by the API with who and why); staff lift it.
  suspension: [['residentId', 'startsAt', 'endsAt', 'noShows', 'windowDays', 'liftedAt']],
  // A deleted account logs what it cancelled at the center, never who it was; the desk logs whom it registered and the sign-in links it made;
  // a residents export with full numbers logs how many it held.
  resident: [['cancelledBookings', 'cancelledRegistrations'], DeskResident, ['linkId', 'expiresAt', 'replacedLinks'], ['exportedResidents', 'format', 'search']],
  // Staff link two residents at the desk, or end a link the desk made.
  family_link: [FamilyLink, DeskFamilyLink],
  // A closure logs what the staff chose for what it covered; the holiday switch and its per-date exceptions log the date.
  closure: [Closure, ['decision', 'cancelledBookings', 'cancelledDates', 'kept']],
  center_holidays: [['followsNationalHolidays', 'date']],
  proposal: [Proposal],
  approval_chain: [ApprovalChain],
  household: [Household],
  organisation: [Organisation],
  // A committed spreadsheet import logs its kind and what it did, not the rows.
  import: [['kind', 'regionId', 'created', 'updated', 'unchanged']],
  activity_record: [ActivityRecord],
  co_building_unit: [CoBuildingUnit], co_building_agreement: [CoBuildingAgreement], joint_meeting: [JointMeeting],
  co_building_resource: [Resource], co_building_need: [Need], co_building_project: [Project],
  // A closed quarter logs which quarter and how many centers it ranked; a scheme its indicators.
  assessment_scheme: [AssessmentScheme], assessment_quarter: [['quarter', 'centers']],
}
const fieldsOf = (record: TSchema | string[]) => (Array.isArray(record) ? record : Object.keys(record.properties ?? {}))

/** vue-i18n's t/te over one locale's real messages. */
const translator = (messages: object): Translate => (key, params = {}) => {
  const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages)
  return typeof text === 'string' ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name])) : undefined
}
const locales = { 'zh-CN': auditLabels(translator(zhCN)), en: auditLabels(translator(en)) }

const entities = [...new Set(writes.map((w) => w.entity))].sort()
const actions = [...new Set(writes.flatMap((w) => actionCodes(w.action)))].sort()
const fields = [...new Set(Object.values(RECORDS).flat().flatMap(fieldsOf))].sort()

describe('the audit log’s vocabulary, from what the API writes', () => {
  it('finds the API’s audit writes', () => {
    expect(writes.length).toBeGreaterThan(40)
    expect(entities).toEqual(expect.arrayContaining(['registration', 'check_in', 'service_request']))
    expect(actions).toEqual(expect.arrayContaining(['create_for_resident', 'transfer', 'approve', 'split_from']))
  })

  it.each(Object.entries(locales))('names every entity, action and field in %s', (_, labels) => {
    expect(entities.filter((e) => labels.entity(e) === e), 'entities without a label').toEqual([])
    expect(actions.filter((a) => labels.action(a) === a), 'actions without a label').toEqual([])
    expect(fields.filter((f) => labels.field(f) === f), 'fields without a label').toEqual([])
  })

  it('knows the records of every entity the API audits, and offers each in the 对象 filter', () => {
    expect(entities.filter((e) => !RECORDS[e])).toEqual([])
    expect(entities.filter((e) => !(AUDIT_ENTITIES as readonly string[]).includes(e))).toEqual([])
  })

  it('shows the fields the issue found raw as words', () => {
    expect(['roomName', 'lateCancellation', 'exdates', 'staffNotes'].map(locales['zh-CN'].field)).toEqual(['房间名称', '迟取消', '跳过的日期', '内部备注'])
    expect(['registration', 'check_in', 'service_request'].map(locales.en.entity)).toEqual(['Sign-up', 'Check-in', 'Service request'])
    expect(['create_for_resident', 'transfer'].map(locales['zh-CN'].action)).toEqual(['代报名', '转办'])
  })
})
