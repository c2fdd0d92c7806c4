export interface Session { cookie: string; centerId: string }

/** Signs in over HTTP as a center's staff member, as the admin app does. */
export async function signInOver(base: string, login: { username: string; password: string }, centerId: string): Promise<Session> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: login.username, password: login.password }),
  })
  if (res.status !== 200) throw new Error(`sign-in answered ${res.status}: ${await res.text()}`)
  return { cookie: res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; '), centerId }
}

/**
 * Adds rooms on a few parallel connections until the server stops answering (killed or closing)
 * or `stop()` is called. `acked` holds the ids of the rooms the server confirmed with a 201:
 * the writes it promised to keep.
 */
export function writeRooms(base: string, session: Session, label: string, streams = 4) {
  const acked: string[] = []
  let stopped = false
  let sent = 0
  const stream = async () => {
    while (!stopped) {
      const name = `${label} ${sent++}`
      try {
        const res = await fetch(`${base}/api/centers/${session.centerId}/rooms`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: session.cookie },
          body: JSON.stringify({ name, kind: 'meeting_room', capacity: 8, floor: 1, access: 'staff' }),
        })
        // Read every answer to its end: an unread body keeps the connection open and the server waiting.
        if (res.status !== 201) return void (await res.text())
        acked.push(((await res.json()) as { id: string }).id)
      } catch {
        return
      }
    }
  }
  const done = Promise.all(Array.from({ length: streams }, stream))
  return {
    acked,
    /** Resolves once every stream has ended by itself (the server went away). */
    done,
    stop: async () => {
      stopped = true
      await done
    },
  }
}

/** The ids of the center's rooms, inactive ones included. */
export async function roomIds(base: string, session: Session): Promise<Set<string>> {
  const res = await fetch(`${base}/api/centers/${session.centerId}/rooms?includeInactive=true`, { headers: { cookie: session.cookie } })
  if (res.status !== 200) throw new Error(`room list answered ${res.status}`)
  return new Set(((await res.json()) as { items: { id: string }[] }).items.map((r) => r.id))
}
