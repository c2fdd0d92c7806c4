import type { Activity, InboxPage, Proposal } from '@linli/contracts'
import { describe, expect, it } from 'vitest'
import { countRows, newResident, newRoom, newWorld } from './support/factories'
import { useTestApp } from './support/test-app'

/*
 * 居民提议: a resident proposes an activity from the phone; staff ask, accept (a draft activity
 * organised by the proposer) or decline; the proposer hears of each step. The clock stands at
 * 2026-11-20 10:00 in the centers' zone (Asia/Shanghai).
 */
const ctx = useTestApp()
let addr = 0
// From many addresses: the per-address rate limit of proposing is not what these tests are about.
const send = (cookie: string | undefined, method: string, url: string, payload?: object) =>
  ctx.app.inject({ method: method as 'POST', url: `/api${url}`, headers: cookie ? { cookie } : {}, remoteAddress: `192.0.2.${++addr % 250}`, ...(payload && { payload }) })
const proposal = (over: object = {}) => ({
  title: '社区书法交流会', description: '邀请老年书法爱好者互相切磋', audiences: ['seniors'], preferredDates: ['2026-11-28', '2026-11-29'],
  expectedPeople: 20, organisationName: '夕阳红书法队', ...over,
})
const inbox = async (cookie: string) => ((await send(cookie, 'GET', '/residents/me/notifications')).json() as InboxPage).items
const proposals = () => countRows(ctx.db, 'proposals')

async function setup() {
  const w = await newWorld(ctx.app, ctx.db)
  const room = await newRoom(ctx.db, w.centerA)
  const resident = await newResident(ctx.db, '李老师')
  return { w, room, resident }
}

describe('residents propose activities; staff ask, accept or decline', () => {
  it('goes from a phone proposal through a question round to an accepted draft activity, the proposer told at each step', async () => {
    const { w, room, resident } = await setup()
    const created = await send(resident.cookie, 'POST', `/centers/${w.centerA}/proposals`, proposal({ roomId: room.id }))
    expect(created.statusCode).toBe(201)
    const p = created.json() as Proposal
    expect(p).toMatchObject({ state: 'submitted', roomName: room.name, proposerName: '李老师', preferredDates: ['2026-11-28', '2026-11-29'], activityId: null })

    // The center's staff see it in their queue; the resident sees it in their list.
    const queue = (await send(w.as.staff, 'GET', `/centers/${w.centerA}/proposals?state=submitted`)).json() as { items: Proposal[] }
    expect(queue.items.map((x) => x.id)).toEqual([p.id])
    expect(((await send(resident.cookie, 'GET', '/residents/me/proposals')).json() as { items: Proposal[] }).items.map((x) => x.state)).toEqual(['submitted'])

    const asked = await send(w.as.staff, 'POST', `/proposals/${p.id}/question`, { question: '需要准备笔墨纸砚吗？' })
    expect(asked.json()).toMatchObject({ state: 'question_asked', question: '需要准备笔墨纸砚吗？' })
    const [q] = await inbox(resident.cookie)
    expect(q).toMatchObject({ kind: 'proposal_question', link: `/m/proposals?proposal=${p.id}` })
    expect(q!.body).toContain('需要准备笔墨纸砚吗？')

    // Staff cannot accept while their question is unanswered.
    expect((await send(w.as.staff, 'POST', `/proposals/${p.id}/accept`, { startsLocal: '2026-11-28T09:00', endsLocal: '2026-11-28T11:00', category: 'culture_sports' })).json())
      .toMatchObject({ statusCode: 409, code: 'proposal_wrong_state' })

    const answered = await send(resident.cookie, 'POST', `/residents/me/proposals/${p.id}/answer`, { answer: '我们自带' })
    expect(answered.json()).toMatchObject({ state: 'submitted', answer: '我们自带' })

    const accepted = await send(w.as.manager, 'POST', `/proposals/${p.id}/accept`, { startsLocal: '2026-11-28T09:00', endsLocal: '2026-11-28T11:00', category: 'culture_sports' })
    expect(accepted.statusCode).toBe(200)
    const a = accepted.json() as Proposal
    expect(a.state).toBe('accepted')
    const activity = (await send(w.as.staff, 'GET', `/activities/${a.activityId}`)).json() as Activity
    expect(activity).toMatchObject({
      status: 'draft', title: '社区书法交流会', organiserKind: 'social_organisation', organiserName: '夕阳红书法队', roomId: room.id,
      startsLocal: '2026-11-28T09:00', audiences: ['seniors'], capacity: 20,
    })
    expect((await inbox(resident.cookie)).map((n) => n.kind).sort()).toEqual(['proposal_accepted', 'proposal_question'])
    const audit = await ctx.db.selectFrom('audit_log').select(['action', 'actor_kind']).where('entity', '=', 'proposal').where('entity_id', '=', p.id).orderBy('id').execute()
    expect(audit.map((e) => e.action)).toEqual(['question', 'accept'])

    // Accepted is final: a second accept, a decline or a withdrawal is refused and nothing changes.
    const activities = await countRows(ctx.db, 'activities')
    for (const [cookie, url, body] of [
      [w.as.staff, `/proposals/${p.id}/accept`, { startsLocal: '2026-11-29T09:00', endsLocal: '2026-11-29T11:00', category: 'culture_sports' }],
      [w.as.staff, `/proposals/${p.id}/decline`, { reason: '重复' }],
      [resident.cookie, `/residents/me/proposals/${p.id}/withdraw`, undefined],
    ] as const) expect((await send(cookie, 'POST', url, body)).json()).toMatchObject({ statusCode: 409, code: 'proposal_wrong_state' })
    expect(await countRows(ctx.db, 'activities')).toBe(activities)
  })

  it('declines with a reason the proposer is told, and lets the proposer withdraw a waiting one', async () => {
    const { w, resident } = await setup()
    const first = (await send(resident.cookie, 'POST', `/centers/${w.centerA}/proposals`, proposal({ organisationName: null }))).json() as Proposal
    expect((await send(w.as.staff, 'POST', `/proposals/${first.id}/decline`, { reason: '   ' })).statusCode).toBe(400)
    const declined = await send(w.as.staff, 'POST', `/proposals/${first.id}/decline`, { reason: '场地已排满' })
    expect(declined.json()).toMatchObject({ state: 'declined', declineReason: '场地已排满' })
    const [n] = await inbox(resident.cookie)
    expect(n).toMatchObject({ kind: 'proposal_declined' })
    expect(n!.body).toContain('场地已排满')

    const second = (await send(resident.cookie, 'POST', `/centers/${w.centerA}/proposals`, proposal())).json() as Proposal
    expect((await send(resident.cookie, 'POST', `/residents/me/proposals/${second.id}/withdraw`)).json()).toMatchObject({ state: 'withdrawn' })
    // Another resident's proposal is not theirs to withdraw or answer.
    const other = await newResident(ctx.db, '张先生')
    const third = (await send(resident.cookie, 'POST', `/centers/${w.centerA}/proposals`, proposal())).json() as Proposal
    expect((await send(other.cookie, 'POST', `/residents/me/proposals/${third.id}/withdraw`)).statusCode).toBe(404)
    // Staff of another district do not see or decide it.
    expect((await send(w.as.staff, 'GET', `/centers/${w.centerB}/proposals`)).statusCode).toBe(403)
  })

  it('tells the center each time its waiting proposals change, so staff menus re-read the count; a refused step tells nothing', async () => {
    const { w, resident } = await setup()
    const told: string[] = []
    ctx.app.realtime.onCenterChanged((centerId, what) => {
      if (centerId === w.centerA && what === 'proposals') told.push(what)
    })
    const p = (await send(resident.cookie, 'POST', `/centers/${w.centerA}/proposals`, proposal())).json() as Proposal
    expect(told).toHaveLength(1)
    await send(w.as.staff, 'POST', `/proposals/${p.id}/question`, { question: '几点开始？' })
    await send(resident.cookie, 'POST', `/residents/me/proposals/${p.id}/answer`, { answer: '上午九点' })
    expect(told).toHaveLength(3)
    // Accepting needs the question answered, and a declined one cannot be accepted: neither changes anything.
    expect((await send(w.as.staff, 'POST', `/proposals/${p.id}/decline`, { reason: '场地已排满' })).statusCode).toBe(200)
    expect((await send(w.as.manager, 'POST', `/proposals/${p.id}/accept`, { startsLocal: '2026-11-28T09:00', endsLocal: '2026-11-28T11:00', category: 'culture_sports' })).statusCode).toBe(409)
    expect(told).toHaveLength(4)
    const second = (await send(resident.cookie, 'POST', `/centers/${w.centerA}/proposals`, proposal())).json() as Proposal
    await send(resident.cookie, 'POST', `/residents/me/proposals/${second.id}/withdraw`)
    expect(told).toHaveLength(6)
  })

  it('never shows a proposal on public screens or endpoints, not even once accepted as a draft', async () => {
    const { w, room, resident } = await setup()
    const p = (await send(resident.cookie, 'POST', `/centers/${w.centerA}/proposals`, proposal({ roomId: room.id }))).json() as Proposal
    const publicBodies = async () => Promise.all([
      `/centers/${w.centerA}/schedule?from=2026-11-20&to=2026-12-05`, `/centers/${w.centerA}/signups?from=2026-11-20&to=2026-12-05`,
      `/centers/${w.centerA}/calendar.ics`, `/centers/${w.centerA}/board`,
    ].map(async (url) => (await send(undefined, 'GET', url)).body))
    for (const b of await publicBodies()) expect(b).not.toContain('社区书法交流会')
    await send(w.as.staff, 'POST', `/proposals/${p.id}/accept`, { startsLocal: '2026-11-28T09:00', endsLocal: '2026-11-28T11:00', category: 'culture_sports' })
    for (const b of await publicBodies()) expect(b).not.toContain('社区书法交流会')
    // Signed out, nobody reads proposals.
    expect((await send(undefined, 'GET', '/residents/me/proposals')).statusCode).toBe(401)
    expect((await send(undefined, 'GET', `/centers/${w.centerA}/proposals`)).statusCode).toBe(401)
  })

  it('refuses bad input in words and writes nothing', async () => {
    const { w, resident } = await setup()
    const roomB = await newRoom(ctx.db, w.centerB)
    const before = await proposals()
    const refuse = async (body: object, status: number, code: string) => {
      const res = await send(resident.cookie, 'POST', `/centers/${w.centerA}/proposals`, body)
      expect(res.json(), JSON.stringify(body)).toMatchObject({ statusCode: status, code })
      expect(res.json().message).toMatch(/\w/)
    }
    await refuse(proposal({ preferredDates: ['2026-11-19'] }), 400, 'proposal_date_past')
    await refuse(proposal({ preferredDates: ['2026-11-20'] }), 400, 'proposal_date_past')
    await refuse(proposal({ preferredDates: ['2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28'] }), 400, 'validation_failed')
    await refuse(proposal({ preferredDates: [] }), 400, 'validation_failed')
    await refuse(proposal({ roomId: roomB.id }), 400, 'room_not_in_center')
    await refuse(proposal({ title: '' }), 400, 'validation_failed')
    await refuse(proposal({ title: '   ' }), 400, 'validation_failed')
    await refuse(proposal({ expectedPeople: 0 }), 400, 'validation_failed')
    expect((await send(resident.cookie, 'POST', '/centers/00000000-0000-4000-8000-000000000000/proposals', proposal())).statusCode).toBe(404)
    expect((await send(undefined, 'POST', `/centers/${w.centerA}/proposals`, proposal())).statusCode).toBe(401)
    expect(await proposals()).toBe(before)

    // Five waiting at once at most; a sixth is refused until one is decided or withdrawn (a fresh
    // resident: proposing is also limited to 20 requests a minute per resident).
    const busy = await newResident(ctx.db, '赵大姐')
    const refuseBusy = async (body: object, status: number, code: string) =>
      expect((await send(busy.cookie, 'POST', `/centers/${w.centerA}/proposals`, body)).json()).toMatchObject({ statusCode: status, code })
    const ids: string[] = []
    for (let i = 0; i < 5; i++) ids.push(((await send(busy.cookie, 'POST', `/centers/${w.centerA}/proposals`, proposal({ title: `提议${i}` }))).json() as Proposal).id)
    await refuseBusy(proposal(), 409, 'proposal_limit')
    expect(await proposals()).toBe(before + 5)
    await send(busy.cookie, 'POST', `/residents/me/proposals/${ids[0]}/withdraw`)
    expect((await send(busy.cookie, 'POST', `/centers/${w.centerA}/proposals`, proposal())).statusCode).toBe(201)

    // Answering without a question, or an unknown proposal.
    expect((await send(busy.cookie, 'POST', `/residents/me/proposals/${ids[1]}/answer`, { answer: '好' })).json()).toMatchObject({ statusCode: 409, code: 'proposal_wrong_state' })
    expect((await send(w.as.staff, 'POST', '/proposals/00000000-0000-4000-8000-000000000000/decline', { reason: '无' })).statusCode).toBe(404)
  })

  it('guards states in the database: a declined proposal cannot be reopened, a sixth waiting one cannot be inserted', async () => {
    const { w, resident } = await setup()
    const p = (await send(resident.cookie, 'POST', `/centers/${w.centerA}/proposals`, proposal())).json() as Proposal
    await send(w.as.staff, 'POST', `/proposals/${p.id}/decline`, { reason: '不合适' })
    await expect(ctx.db.updateTable('proposals').set({ state: 'submitted' }).where('id', '=', p.id).execute()).rejects.toMatchObject({ code: '23514' })
    await expect(ctx.db.updateTable('proposals').set({ decline_reason: null }).where('id', '=', p.id).execute()).rejects.toMatchObject({ code: '23514' })
    const row = { center_id: w.centerA, resident_id: resident.id, title: 't', preferred_dates: ['2026-12-01'], expected_people: 1, created_at: new Date(), updated_at: new Date() }
    for (let i = 0; i < 5; i++) await ctx.db.insertInto('proposals').values(row).execute()
    await expect(ctx.db.insertInto('proposals').values(row).execute()).rejects.toMatchObject({ code: '23514' })
  })
})
