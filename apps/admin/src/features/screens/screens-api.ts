import { api } from '../../api'

/** The screen calls this feature uses, from the one shared typed client. */
export const { listScreens, pairScreen, updateScreen, revokeScreen, reloadScreen, identifyScreen } = api
