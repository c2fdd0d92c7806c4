import { ApiError } from '@linli/api-client'
import type { ErrorBody } from '@linli/contracts'

/**
 * The file name a Content-Disposition header gives: the UTF-8 `filename*` (Chinese names) when
 * present, else the plain `filename`, else undefined.
 */
export function dispositionName(header: string | null): string | undefined {
  if (!header) return undefined
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header)
  if (extended) {
    try {
      return decodeURIComponent(extended[1]!.trim())
    } catch {
      // A malformed escape: fall back to the plain name.
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header)
  const name = plain?.[2] ?? plain?.[1]?.trim()
  return name || undefined
}

/** An error answer as the same ApiError the client throws, so it gets the same UI text. */
export async function exportError(res: Response): Promise<ApiError> {
  const body = (await res.json().catch(() => ({}))) as Partial<ErrorBody>
  return new ApiError({
    statusCode: res.status, code: body.code ?? 'http_error', message: body.message ?? res.statusText, details: body.details,
  })
}

/** The period as the API's file names write it: `2026-11` for a whole month, else `2026-10-01_2026-12-31`. */
export function periodLabel(from: string, to: string): string {
  const [y, m] = from.split('-').map(Number) as [number, number]
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate()
  const wholeMonth = from.endsWith('-01') && to === `${from.slice(0, 8)}${String(lastDay).padStart(2, '0')}`
  return wholeMonth ? from.slice(0, 7) : `${from}_${to}`
}

/** `凤凰台党群服务中心-参与人次趋势-2026-11`: whose, what and when, like the API's own export names. */
export const exportFileName = (scope: string, what: string, from: string, to: string) => `${scope}-${what}-${periodLabel(from, to)}`

/**
 * Fetches a file with the session cookie and hands it to the browser as a download, so an
 * error (an expired session, a refused period) becomes a message instead of a saved error page.
 * `name` (with its extension) overrides the server's name, for two panels that export the same table.
 */
export async function downloadFile(url: string, fallbackName: string, name?: string): Promise<string> {
  const res = await fetch(url, { credentials: 'same-origin' })
  if (!res.ok) throw await exportError(res)
  name ??= dispositionName(res.headers.get('content-disposition')) ?? fallbackName
  const href = URL.createObjectURL(await res.blob())
  const link = Object.assign(document.createElement('a'), { href, download: name, hidden: true })
  document.body.append(link)
  link.click()
  link.remove()
  // The click starts the download at once; the object URL only has to outlive it.
  setTimeout(() => URL.revokeObjectURL(href), 30_000)
  return name
}
