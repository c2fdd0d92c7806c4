import type { AgreementCreate, AgreementUpdate, CoBuildingAgreement, CoBuildingUnit, PartnerInput, UnitCreate, UnitListQuery, UnitUpdate } from '@linli/contracts'
import type { JointMeeting, JointMeetingCreate, JointMeetingSummary, JointMeetingUpdate, ProblemAction } from '@linli/contracts'
import type { CoBuildingLists, Need, NeedCreate, NeedUpdate, Project, ProjectCreate, ProjectUpdate, Resource, ResourceCreate, ResourceUpdate } from '@linli/contracts'
import type { Http } from './http'

type Items<T> = { items: T[] }
const id = encodeURIComponent

/** 区域化党建: co-building units and their agreements, joint meetings, and the three lists (part of createApiClient). */
export const coBuildingCalls = (http: Http) => ({
  // 驻区单位: co-building units, the centers and regions they work with, and their agreements (共建协议).
  listUnits: (query: UnitListQuery = {}) => http<Items<CoBuildingUnit>>('GET', '/api/co-building/units', undefined, query),
  getUnit: (unitId: string) => http<CoBuildingUnit>('GET', `/api/co-building/units/${id(unitId)}`),
  createUnit: (body: UnitCreate) => http<CoBuildingUnit>('POST', '/api/co-building/units', body),
  updateUnit: (unitId: string, body: UnitUpdate) => http<CoBuildingUnit>('PATCH', `/api/co-building/units/${id(unitId)}`, body),
  deleteUnit: (unitId: string) => http<void>('DELETE', `/api/co-building/units/${id(unitId)}`),
  addUnitPartner: (unitId: string, body: PartnerInput) => http<CoBuildingUnit>('POST', `/api/co-building/units/${id(unitId)}/partners`, body),
  removeUnitPartner: (unitId: string, partnerId: string) => http<CoBuildingUnit>('DELETE', `/api/co-building/units/${id(unitId)}/partners/${id(partnerId)}`),
  listAgreements: (unitId: string) => http<Items<CoBuildingAgreement>>('GET', `/api/co-building/units/${id(unitId)}/agreements`),
  createAgreement: (unitId: string, body: AgreementCreate) => http<CoBuildingAgreement>('POST', `/api/co-building/units/${id(unitId)}/agreements`, body),
  updateAgreement: (agreementId: string, body: AgreementUpdate) => http<CoBuildingAgreement>('PATCH', `/api/co-building/agreements/${id(agreementId)}`, body),
  deleteAgreement: (agreementId: string) => http<void>('DELETE', `/api/co-building/agreements/${id(agreementId)}`),
  /** One file as multipart field "file": PDF, JPEG or PNG up to 10 MB. */
  attachAgreementFile: (agreementId: string, file: Blob) => {
    const form = new FormData()
    form.append('file', file, file instanceof File ? file.name : 'attachment')
    return http<CoBuildingAgreement>('PUT', `/api/co-building/agreements/${id(agreementId)}/attachment`, form)
  },
  removeAgreementFile: (agreementId: string) => http<CoBuildingAgreement>('DELETE', `/api/co-building/agreements/${id(agreementId)}/attachment`),
  // 联席会议: joint meetings of a center or region with its units, and the problems raised there (raised → assigned → solved).
  listCenterJointMeetings: (centerId: string) => http<Items<JointMeetingSummary>>('GET', `/api/centers/${id(centerId)}/joint-meetings`),
  listRegionJointMeetings: (regionId: string) => http<Items<JointMeetingSummary>>('GET', `/api/regions/${id(regionId)}/joint-meetings`),
  getJointMeeting: (meetingId: string) => http<JointMeeting>('GET', `/api/joint-meetings/${id(meetingId)}`),
  createJointMeeting: (body: JointMeetingCreate) => http<JointMeeting>('POST', '/api/joint-meetings', body),
  updateJointMeeting: (meetingId: string, body: JointMeetingUpdate) => http<JointMeeting>('PATCH', `/api/joint-meetings/${id(meetingId)}`, body),
  deleteJointMeeting: (meetingId: string) => http<void>('DELETE', `/api/joint-meetings/${id(meetingId)}`),
  raiseMeetingProblem: (meetingId: string, description: string) => http<JointMeeting>('POST', `/api/joint-meetings/${id(meetingId)}/problems`, { description }),
  moveMeetingProblem: (meetingId: string, problemId: string, body: ProblemAction) =>
    http<JointMeeting>('POST', `/api/joint-meetings/${id(meetingId)}/problems/${id(problemId)}/actions`, body),
  // 共建清单: a center's or region's resources, needs and the projects matching them.
  getCenterCoBuildingLists: (centerId: string) => http<CoBuildingLists>('GET', `/api/centers/${id(centerId)}/co-building-lists`),
  getRegionCoBuildingLists: (regionId: string) => http<CoBuildingLists>('GET', `/api/regions/${id(regionId)}/co-building-lists`),
  createCoBuildingResource: (body: ResourceCreate) => http<Resource>('POST', '/api/co-building-resources', body),
  updateCoBuildingResource: (resourceId: string, body: ResourceUpdate) => http<Resource>('PATCH', `/api/co-building-resources/${id(resourceId)}`, body),
  deleteCoBuildingResource: (resourceId: string) => http<void>('DELETE', `/api/co-building-resources/${id(resourceId)}`),
  createCoBuildingNeed: (body: NeedCreate) => http<Need>('POST', '/api/co-building-needs', body),
  updateCoBuildingNeed: (needId: string, body: NeedUpdate) => http<Need>('PATCH', `/api/co-building-needs/${id(needId)}`, body),
  deleteCoBuildingNeed: (needId: string) => http<void>('DELETE', `/api/co-building-needs/${id(needId)}`),
  createCoBuildingProject: (body: ProjectCreate) => http<Project>('POST', '/api/co-building-projects', body),
  updateCoBuildingProject: (projectId: string, body: ProjectUpdate) => http<Project>('PATCH', `/api/co-building-projects/${id(projectId)}`, body),
  deleteCoBuildingProject: (projectId: string) => http<void>('DELETE', `/api/co-building-projects/${id(projectId)}`),
})
