import { api } from '../../api'

/** The reports endpoints: a center's or a region's figures, and the URLs of their table downloads. */
export const { getCenterReport, getRegionReport, centerReportExportUrl, regionReportExportUrl } = api
