import type { AssessmentRanking, AssessmentScheme, ErrorBody, SchemeIndicator } from '@linli/contracts'
import { ApiError } from '@linli/api-client'

/** The assessment endpoints (modules/assessment). A refusal is an ApiError, so its code is shown in the user's language. */
async function call<T>(method: string, url: string, body?: unknown): Promise<T> {
  const res = await fetch(url, {
    method, credentials: 'same-origin',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!res.ok) {
    const body = (await res.json().catch(() => undefined)) as ErrorBody | undefined
    throw new ApiError(body?.code ? body : { statusCode: res.status, code: 'http_error', message: res.statusText })
  }
  return res.json() as Promise<T>
}

const region = (regionId: string) => `/api/regions/${encodeURIComponent(regionId)}/assessment`

export const getScheme = (regionId: string) => call<AssessmentScheme>('GET', `${region(regionId)}/scheme`)
export const saveScheme = (regionId: string, indicators: SchemeIndicator[]) => call<AssessmentScheme>('PUT', `${region(regionId)}/scheme`, { indicators })
export const getRanking = (regionId: string, quarter: string) => call<AssessmentRanking>('GET', `${region(regionId)}?quarter=${quarter}`)
export const closeQuarter = (regionId: string, quarter: string) => call<AssessmentRanking>('POST', `${region(regionId)}/quarters/${quarter}/close`)
export const exportUrl = (regionId: string, quarter: string, format: 'csv' | 'xlsx', lang: string) =>
  `${region(regionId)}/export?quarter=${quarter}&format=${format}&lang=${lang === 'en' ? 'en' : 'zh-CN'}`

