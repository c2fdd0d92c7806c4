import { api } from '../../api'

/** The proposal calls of the moderation queue, from the one shared typed client. */
export const { listCenterProposals, askAboutProposal, acceptProposal, declineProposal } = api
