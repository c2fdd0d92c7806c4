import type { Page } from 'playwright-core'
import type { staffFetch } from './staff-api'

type Staff = Awaited<ReturnType<typeof staffFetch>>

/**
 * A screen paired over HTTP, as a real one pairs (it asks for a code, staff enter it, it polls for
 * its device token), and the check-in codes it would show now: for tests that scan without a screen page.
 */
export async function screenOverHttp(baseUrl: string, manager: Staff, layout: 'lobby' | 'door' = 'lobby', roomId?: string) {
  const post = (path: string, body?: unknown) =>
    fetch(`${baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}) }).then((r) => r.json())
  const start = (await post('/api/screens/pairings')) as { pairingId: string; code: string; secret: string }
  const paired = await manager.call('POST', `/api/centers/${manager.me.centerId}/screens`, { code: start.code, name: 'e2e 屏', layout, language: 'zh-CN', ...(roomId && { roomId }) })
  if (paired.status !== 201) throw new Error(`pairing failed: ${paired.status}`)
  const { deviceToken } = (await post(`/api/screens/pairings/${start.pairingId}/poll`, { secret: start.secret })) as { deviceToken: string }
  const codes = async () => {
    const r = await fetch(`${baseUrl}/api/screens/me/check-in-tokens`, { headers: { authorization: `Bearer ${deviceToken}` } })
    return (await r.json()) as { rooms: { roomId: string; token: string }[]; occurrences: { occurrenceId: string; token: string }[] }
  }
  return {
    roomCode: async (id: string) => (await codes()).rooms.find((r) => r.roomId === id)!.token,
    occurrenceCode: async (id: string) => (await codes()).occurrences.find((o) => o.occurrenceId === id)!.token,
  }
}

/**
 * Opens /kiosk/ on a fresh page and pairs it as the manager's screen with this layout (and room), and
 * optionally its panel size and viewing distance (default 55 inches read from 3 m).
 */
export async function pairScreenPage(
  page: Page, baseUrl: string, manager: Staff, layout: 'lobby' | 'door', roomId?: string,
  viewing?: { panelInches: number; viewingDistanceM: number },
) {
  await page.goto(`${baseUrl}/kiosk/`)
  // The code as staff read it off the screen: the element labelled 配对码 (Pairing code).
  const shown = page.getByLabel('配对码')
  await shown.waitFor()
  const code = (await shown.textContent())!.replace(/\s/g, '')
  const paired = await manager.call('POST', `/api/centers/${manager.me.centerId}/screens`, { code, name: `e2e ${layout}`, layout, language: 'zh-CN', ...(roomId && { roomId }), ...viewing })
  if (paired.status !== 201) throw new Error(`pairing failed: ${paired.status} ${JSON.stringify(paired.body)}`)
}
