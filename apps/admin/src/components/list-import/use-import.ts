import { ref } from 'vue'
import { ApiError } from '@linli/api-client'
import type { ErrorBody, ImportKind, ImportPreview } from '@linli/contracts'

export type ImportStep = 'choose' | 'uploading' | 'preview' | 'committing' | 'done'

async function send(method: string, url: string, body?: Blob): Promise<ImportPreview> {
  let res: Response
  try {
    // The server reads the bytes to tell XLSX from CSV, so the declared type is only a carrier.
    res = await fetch(url, { method, credentials: 'include', body, headers: body ? { 'content-type': 'application/octet-stream' } : {} })
  } catch {
    throw new ApiError({ statusCode: 0, code: 'network_error', message: 'The server could not be reached' })
  }
  const text = await res.text()
  const json = (() => { try { return text ? JSON.parse(text) : {} } catch { return {} } })() as Partial<ErrorBody>
  if (!res.ok) throw new ApiError({ statusCode: res.status, code: json.code ?? 'http_error', message: json.message ?? res.statusText, details: json.details })
  return json as unknown as ImportPreview
}

/** A template's address: the browser downloads it with the session cookie. */
export const templateUrl = (kind: ImportKind, format: 'xlsx' | 'csv') => `/api/imports/templates/${kind}?format=${format}`

/**
 * One import from file to result: upload (the server answers a preview and keeps the batch),
 * then commit that batch by id. `scope` is `centers/<id>` or `regions/<id>`.
 */
export function useImport() {
  const step = ref<ImportStep>('choose')
  const preview = ref<ImportPreview | null>(null)
  const error = ref<unknown>(null)
  const fileName = ref('')

  function reset() {
    step.value = 'choose'
    preview.value = null
    error.value = null
    fileName.value = ''
  }

  async function upload(scope: string, kind: ImportKind, file: File) {
    error.value = null
    preview.value = null
    fileName.value = file.name
    step.value = 'uploading'
    try {
      preview.value = await send('POST', `/api/${scope}/imports/${kind}`, file)
      step.value = 'preview'
    } catch (err) {
      error.value = err
      step.value = 'choose'
    }
  }

  async function commit() {
    if (!preview.value) return
    error.value = null
    step.value = 'committing'
    try {
      preview.value = await send('POST', `/api/imports/${preview.value.id}/commit`)
      step.value = 'done'
    } catch (err) {
      error.value = err
      step.value = 'preview'
    }
  }

  return { step, preview, error, fileName, reset, upload, commit }
}
