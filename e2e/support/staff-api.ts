/** Signs in as a demo staff member over HTTP, for tests that drive the API besides a page. */
export async function staffFetch(baseUrl: string, username: string) {
  const res = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'linli-demo' }) })
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`)
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ')
  const me = (await res.json()) as { centerId: string }
  const call = async (method: string, path: string, body?: unknown) => {
    const r = await fetch(`${baseUrl}${path}`, { method, headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body) })
    const text = await r.text()
    return { status: r.status, body: text ? JSON.parse(text) : undefined }
  }
  return { me, call }
}

export type StaffApi = Awaited<ReturnType<typeof staffFetch>>

/** Today's date in the demo centers' time zone. */
export function shanghaiDate(offsetDays = 0) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + offsetDays * 86_400_000))
}
