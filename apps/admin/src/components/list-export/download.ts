import { ApiError } from '@linli/api-client'
import type { ErrorBody } from '@linli/contracts'

/** The name Content-Disposition gives: the UTF-8 `filename*` (RFC 5987, Chinese names) first, else `filename`. */
export function dispositionName(header: string | null): string | undefined {
  if (!header) return undefined
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header)
  if (extended) {
    try {
      return decodeURIComponent(extended[1]!.trim())
    } catch {
      // A malformed escape: the plain name below.
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header)
  return plain?.[2] ?? (plain?.[1]?.trim() || undefined)
}

/**
 * Fetches an export with the session cookie and hands it to the browser as a download, so a
 * refusal (an expired session, too many rows) becomes the API's message instead of a saved error page.
 * Returns the file's name.
 */
export async function downloadExport(url: string, fallbackName: string): Promise<string> {
  const res = await fetch(url, { credentials: 'same-origin' })
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as Partial<ErrorBody>
    throw new ApiError({ statusCode: res.status, code: body.code ?? 'http_error', message: body.message ?? res.statusText, details: body.details })
  }
  const name = dispositionName(res.headers.get('content-disposition')) ?? fallbackName
  const href = URL.createObjectURL(await res.blob())
  const link = Object.assign(document.createElement('a'), { href, download: name, hidden: true })
  document.body.append(link)
  link.click()
  link.remove()
  // The click starts the download at once; the object URL only has to outlive it.
  setTimeout(() => URL.revokeObjectURL(href), 30_000)
  return name
}
