/** `linli-my-data-2026-12-06.json`: the phone's own date, so the name matches the day the resident downloaded it. */
export function exportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `linli-my-data-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`
}

/** Indented, so the file reads in any text viewer. */
export const exportFileText = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`

/** Hands the text to the browser as a download; the object URL is released once the click has taken it. */
export function saveTextFile(name: string, text: string, doc: Document = document) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }))
  const link = doc.createElement('a')
  link.href = url
  link.download = name
  link.hidden = true
  doc.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
