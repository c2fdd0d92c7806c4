import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { NotificationKind } from '@linli/contracts'
import type { App } from '../src/app-instance'
import { buildApp } from '../src/app'
import { ConfigError, loadConfig } from '../src/config'
import type { Database } from '../src/db/database'
import { inAppChannel } from '../src/modules/notifications/channels'
import { recordNotifications } from '../src/modules/notifications/outbox.repository'
import { aliyunSignature } from '../src/modules/notifications/sms/aliyun'
import { smsChannel } from '../src/modules/notifications/sms/channel'
import { clip, templateVariables } from '../src/modules/notifications/sms/templates'
import { tc3Authorization } from '../src/modules/notifications/sms/tencent'
import { deliverDue } from '../src/modules/notifications/worker'
import { newParticipationWorld } from './support/participation-world'
import {
  type FakeProvider, aliyunExpectedSignature, fakeAliyun, fakeTencent, tencentExpectedSignature,
} from './support/sms-provider-servers'
import { useTestApp } from './support/test-app'

const at = (iso: string) => new Date(iso)
const plus = (d: Date, seconds: number) => new Date(d.getTime() + seconds * 1000)
const PUBLIC_URL = 'https://linli.example.cn'
const TEMPLATES = { seat_offered: 'SMS_100', booking_approved: 'SMS_200' }

/*
 * (a) The signers reproduce the providers' published worked examples, and so do the fake providers'
 * own checks (which the delivery tests below rely on).
 */
describe('the providers’ published signature examples', () => {
  // Alibaba Cloud RPC signature, DescribeRegions with AccessKeyId "testid" and secret "testsecret":
  // https://help.aliyun.com/en/document_detail/145075.html (the signed URL of the overview) and the
  // worked example at https://developer.aliyun.com/ask/210168 (StringToSign, HMAC key "testsecret&").
  const describeRegions = {
    TimeStamp: '2016-02-23T12:46:24Z', Format: 'XML', AccessKeyId: 'testid', Action: 'DescribeRegions', SignatureMethod: 'HMAC-SHA1',
    SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf', Version: '2014-05-26', SignatureVersion: '1.0',
  }
  it('Alibaba: HMAC-SHA1 over the canonicalized query gives CT9X0VtwR86fNWSnsc6v8YGOjuE=', () => {
    expect(aliyunSignature('GET', describeRegions, 'testsecret')).toBe('CT9X0VtwR86fNWSnsc6v8YGOjuE=')
    expect(aliyunExpectedSignature('GET', new URLSearchParams(describeRegions), 'testsecret')).toBe('CT9X0VtwR86fNWSnsc6v8YGOjuE=')
  })

  // Tencent Cloud TC3-HMAC-SHA256, DescribeInstances of cvm at 1551113065 (2019-02-25):
  // https://www.tencentcloud.com/document/product/382/40467 (signature v3, "Signing process" example).
  const payload = '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}'
  const documented = 'TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168'
  it('Tencent: the Authorization header of the documented DescribeInstances call', () => {
    expect(tc3Authorization({
      secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE', secretKey: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE', service: 'cvm',
      host: 'cvm.tencentcloudapi.com', contentType: 'application/json; charset=utf-8', timestamp: 1551113065, payload,
    })).toBe(documented)
    expect(tencentExpectedSignature({
      headers: { 'content-type': 'application/json; charset=utf-8', host: 'cvm.tencentcloudapi.com' }, body: payload,
      signedHeaders: ['content-type', 'host'], date: '2019-02-25', service: 'cvm', timestamp: '1551113065',
    }, 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE')).toBe(documented.slice(-64))
  })
})

describe('SMS configuration', () => {
  const problemsOf = (env: Record<string, string>) => {
    try {
      loadConfig(env)
    } catch (e) {
      if (e instanceof ConfigError) return e.problems.join('\n')
      throw e
    }
    return ''
  }

  it('has no provider unless one is chosen, and refuses to start with a provider missing its keys, sign name or templates', () => {
    expect(loadConfig({}).sms).toBeUndefined()
    expect(problemsOf({ SMS_PROVIDER: 'tencent', SMS_SECRET_ID: 'AKID1' }))
      .toBe('SMS_PROVIDER=tencent needs SMS_SECRET_KEY, SMS_SDK_APP_ID, SMS_SIGN_NAME, SMS_TEMPLATES (missing)')
    expect(problemsOf({ SMS_PROVIDER: 'aliyun' })).toContain('SMS_ACCESS_KEY_ID, SMS_ACCESS_KEY_SECRET, SMS_SIGN_NAME, SMS_TEMPLATES (missing)')
    expect(problemsOf({ SMS_PROVIDER: 'twilio' })).toContain('SMS_PROVIDER')
    expect(problemsOf({ SMS_ACCESS_KEY_ID: 'LTAI1' })).toContain('SMS_PROVIDER: not set, but SMS_ACCESS_KEY_ID is')
    const aliyun = { SMS_PROVIDER: 'aliyun', SMS_ACCESS_KEY_ID: 'LTAI1', SMS_ACCESS_KEY_SECRET: 's', SMS_SIGN_NAME: '邻里' }
    expect(problemsOf({ ...aliyun, SMS_TEMPLATES: '{"seat_offerd":"SMS_1"}' })).toContain('"seat_offerd" is not a notification kind')
    expect(problemsOf({ ...aliyun, SMS_TEMPLATES: 'SMS_1' })).toContain('SMS_TEMPLATES: must be a JSON object')
    expect(problemsOf({ ...aliyun, SMS_TEMPLATES: '{}', LINLI_PUBLIC_URL: 'http://linli.example.cn' })).toContain('LINLI_PUBLIC_URL')
    expect(loadConfig({ ...aliyun, SMS_TEMPLATES: JSON.stringify(TEMPLATES), LINLI_PUBLIC_URL: PUBLIC_URL })).toMatchObject({
      publicUrl: PUBLIC_URL, sms: { provider: 'aliyun', endpoint: 'https://dysmsapi.aliyuncs.com', signName: '邻里', templates: TEMPLATES },
    })
    expect(loadConfig({ SMS_PROVIDER: 'tencent', SMS_SECRET_ID: 'AKID1', SMS_SECRET_KEY: 'k', SMS_SDK_APP_ID: '1400000001', SMS_SIGN_NAME: '邻里', SMS_TEMPLATES: '{}' }).sms)
      .toMatchObject({ provider: 'tencent', endpoint: 'https://sms.tencentcloudapi.com', region: 'ap-guangzhou' })
  })

  it('keeps template values within the providers’ limits, cutting long names visibly', () => {
    expect(clip('社区老年人智能手机使用培训班（第三期·周末班）', 20)).toBe('社区老年人智能手机使用培训班（第三期·…')
    expect(clip('太极拳', 20)).toBe('太极拳')
    const vars = templateVariables({
      id: 'd1', kind: 'booking_cancelled', language: 'en', phone: '13800001111', link: '/m/bookings?booking=b1', unsubscribeLink: '/m/unsubscribe?t=x&channel=sms',
      params: { roomName: '会议室', startsAt: '2026-11-23T09:00:00+08:00', endsAt: '2026-11-23T11:30:00+08:00', reason: null },
    }, undefined)
    expect(vars).toEqual([['room', '会议室'], ['time', '11月23日 09:00-11:30'], ['reason', '无']])
  })
})

const PROVIDERS = {
  aliyun: {
    start: () => fakeAliyun({ id: 'LTAI5tLinliTest', secret: 'aliyun-test-secret' }),
    env: { SMS_PROVIDER: 'aliyun', SMS_ACCESS_KEY_ID: 'LTAI5tLinliTest', SMS_ACCESS_KEY_SECRET: 'aliyun-test-secret' },
    wrongSecret: { SMS_ACCESS_KEY_SECRET: 'not-the-secret' },
    phone: (p: string) => p,
    /** What a template of this kind gets, as the provider receives it. */
    params: (named: Record<string, string>) => named,
    reasons: {
      throttled: 'aliyun isv.BUSINESS_LIMIT_CONTROL: 触发号码天级流控Permits:10', down: 'aliyun InternalError: The request processing has failed due to some unknown error.',
      invalid_number: 'aliyun isv.MOBILE_NUMBER_ILLEGAL: 非法手机号', template_not_approved: 'aliyun isv.SMS_TEMPLATE_ILLEGAL: 该账号下找不到对应模板',
      bad_signature: 'aliyun SignatureDoesNotMatch: Specified signature does not match our calculation.',
    },
  },
  tencent: {
    start: () => fakeTencent({ id: 'AKIDLinliTest', secret: 'tencent-test-key', sdkAppId: '1400000001' }),
    env: { SMS_PROVIDER: 'tencent', SMS_SECRET_ID: 'AKIDLinliTest', SMS_SECRET_KEY: 'tencent-test-key', SMS_SDK_APP_ID: '1400000001', SMS_REGION: 'ap-beijing' },
    wrongSecret: { SMS_SECRET_KEY: 'not-the-key' },
    phone: (p: string) => `+86${p}`,
    params: (named: Record<string, string>) => Object.values(named),
    reasons: {
      throttled: 'tencent LimitExceeded.PhoneNumberOneHourLimit: 单个手机号1小时内下发短信条数超过设定的上限',
      down: 'tencent: HTTP 500 <html><body>500 Internal Server Error</body></html>',
      invalid_number: 'tencent InvalidParameterValue.IncorrectPhoneNumber: 手机号格式错误',
      template_not_approved: 'tencent FailedOperation.TemplateIncorrectOrUnapproved: 模板未审批或请求的内容与审核通过的模板内容不匹配',
      bad_signature: 'tencent AuthFailure.SignatureFailure: The provided credentials could not be validated. Please check your signature is correct.',
    },
  },
} as const

/** SMS deliveries for every notification not yet given one, as the fan-out makes them. */
async function queueSms(db: Database, now: Date) {
  const rows = await db.selectFrom('notifications').select('id').execute()
  if (!rows.length) return
  await db.insertInto('notification_deliveries')
    .values(rows.map((r) => ({ notification_id: r.id, channel: 'sms' as const, next_attempt_at: now, created_at: now, updated_at: now })))
    .onConflict((oc) => oc.constraint('notification_deliveries_channel_key').doNothing()).execute()
}

/** The SMS deliveries of a center as staff see them in 通知记录, by resident. */
async function staffView(app: App, centerId: string, cookie: string) {
  const res = await app.inject({ url: `/api/centers/${centerId}/notifications?channel=sms&limit=100`, headers: { cookie } })
  expect(res.statusCode).toBe(200)
  return new Map((res.json().items as { residentId: string; kind: string; status: string; attempts: number; lastError: string | null; id: string }[])
    .map((d) => [`${d.residentId} ${d.kind}`, d]))
}

const answerOf = (db: Database, deliveryId: string) =>
  db.selectFrom('notification_attempts').select(['attempt', 'outcome', 'answer']).where('delivery_id', '=', deliveryId).orderBy('attempt').execute()

describe.each(Object.keys(PROVIDERS) as (keyof typeof PROVIDERS)[])('SMS through %s', (name) => {
  const p = PROVIDERS[name]
  const ctx = useTestApp()
  let provider: FakeProvider
  beforeAll(async () => void (provider = await p.start()))
  afterAll(() => provider?.close())

  const channelWith = (extra: Record<string, string> = {}) => smsChannel({
    config: loadConfig({ ...p.env, SMS_ENDPOINT: provider.url, SMS_SIGN_NAME: '邻里中心', SMS_TEMPLATES: JSON.stringify(TEMPLATES), LINLI_PUBLIC_URL: PUBLIC_URL, ...extra }),
    log: ctx.app.log,
  })
  const deliver = (sms = channelWith()) => deliverDue(ctx.app, { in_app: inAppChannel(ctx.app), sms })

  it('texts a seat offer to the resident’s phone once, with the activity, the hold and a one-tap link, and staff see it sent with the provider’s id', async () => {
    ctx.now = at('2026-11-20T02:00:00Z')
    const w = await newParticipationWorld(ctx.app, ctx.db)
    const a = await w.activity({ capacity: 1, title: '太极拳' })
    const alice = await w.registered(w.alice.cookie, a.occurrenceId)
    const bob = await w.registered(w.bob.cookie, a.occurrenceId)
    expect((await w.cancel(w.alice.cookie, alice.id)).statusCode).toBe(200)
    await queueSms(ctx.db, ctx.now)

    await deliver()
    // The worker comes round again (another replica, the next second): nothing is sent twice.
    await deliver()
    const token = (await ctx.db.selectFrom('residents').select('notify_token').where('id', '=', w.bob.id).executeTakeFirstOrThrow()).notify_token
    const delivery = (await staffView(ctx.app, w.centerA, w.as.staff)).get(`${w.bob.id} seat_offered`)!
    expect(provider.received).toEqual([{
      phone: p.phone(w.bob.phone), signName: '邻里中心', template: 'SMS_100', reference: delivery.id, id: expect.any(String),
      params: p.params({
        activity: '太极拳', time: '11月23日 09:00', hold: '11月20日 12:00',
        link: `${PUBLIC_URL}/m/registrations?confirm=${bob.id}`, unsub: `${PUBLIC_URL}/m/unsubscribe?t=${token}&channel=sms`,
      }),
    }])
    expect(delivery).toMatchObject({ status: 'sent', attempts: 1, lastError: null })
    const [sent] = await answerOf(ctx.db, delivery.id)
    expect(sent).toMatchObject({ attempt: 1, outcome: 'sent' })
    expect(sent!.answer).toContain(provider.received[0]!.id)
  })

  it('retries throttling and a provider outage until sent, gives up at once on a bad number or an unapproved template with the provider’s reason', async () => {
    ctx.now = at('2026-11-21T02:00:00Z')
    const w = await newParticipationWorld(ctx.app, ctx.db)
    const sent = provider.received.length
    const who = { throttled: w.alice, down: w.bob, invalid_number: w.carol, template_not_approved: w.dave } as const
    for (const [scenario, r] of Object.entries(who)) provider.script(p.phone(r.phone), scenario as keyof typeof who)
    const notice = (residentId: string, kind: NotificationKind) => ({
      residentId, centerId: w.centerA, kind, dedupeKey: `${kind}-${residentId}`, link: '/m/bookings',
      params: { roomName: '会议室', startsAt: '2026-11-23T14:00:00+08:00', endsAt: '2026-11-23T16:00:00+08:00', reason: null },
    })
    await ctx.db.transaction().execute((trx) => recordNotifications(trx, [
      ...Object.values(who).map((r) => notice(r.id, 'booking_approved')),
      // No template registered for this kind: not an SMS kind on this server.
      notice(w.alice.id, 'booking_rejected'),
    ], ctx.now))
    await queueSms(ctx.db, ctx.now)

    await deliver()
    let view = await staffView(ctx.app, w.centerA, w.as.staff)
    const of = (r: { id: string }, kind = 'booking_approved') => view.get(`${r.id} ${kind}`)!
    expect(of(w.alice)).toMatchObject({ status: 'failed', attempts: 1, lastError: p.reasons.throttled })
    expect(of(w.bob)).toMatchObject({ status: 'failed', attempts: 1, lastError: p.reasons.down })
    expect(of(w.carol)).toMatchObject({ status: 'dead', attempts: 1, lastError: p.reasons.invalid_number })
    expect(of(w.dave)).toMatchObject({ status: 'dead', attempts: 1, lastError: p.reasons.template_not_approved })
    expect(of(w.alice, 'booking_rejected')).toMatchObject({ status: 'skipped', lastError: 'no_template: no SMS template for booking_rejected' })
    expect(provider.received).toHaveLength(sent)

    // The backoff's 30 seconds later the provider is fine again: the two passing failures go out, the dead stay dead.
    ctx.now = plus(ctx.now, 30)
    await deliver()
    view = await staffView(ctx.app, w.centerA, w.as.staff)
    expect([of(w.alice), of(w.bob), of(w.carol), of(w.dave)].map((d) => [d.status, d.attempts])).toEqual([['sent', 2], ['sent', 2], ['dead', 1], ['dead', 1]])
    const resent = provider.received.slice(sent).map((r) => [r.phone, r.template, r.params])
    expect(resent).toHaveLength(2)
    expect(resent).toEqual(expect.arrayContaining([w.alice, w.bob].map((r) => [
      p.phone(r.phone), 'SMS_200', p.params({ room: '会议室', time: '11月23日 14:00-16:00', link: `${PUBLIC_URL}/m/bookings`, unsub: expect.stringContaining('channel=sms') }),
    ])))
    expect((await answerOf(ctx.db, of(w.alice).id)).map((t) => t.outcome)).toEqual(['retry', 'sent'])
  })

  it('is refused by the provider when signed with the wrong secret, and says so', async () => {
    ctx.now = at('2026-11-22T02:00:00Z')
    const w = await newParticipationWorld(ctx.app, ctx.db)
    const [sent, refused] = [provider.received.length, provider.refused]
    await ctx.db.transaction().execute((trx) => recordNotifications(trx, [{
      residentId: w.alice.id, centerId: w.centerA, kind: 'booking_approved', dedupeKey: 'wrong-secret', link: '/m/bookings',
      params: { roomName: '会议室', startsAt: '2026-11-23T14:00:00+08:00', endsAt: '2026-11-23T16:00:00+08:00' },
    }], ctx.now))
    await queueSms(ctx.db, ctx.now)
    await deliver(channelWith(p.wrongSecret))
    expect((await staffView(ctx.app, w.centerA, w.as.staff)).get(`${w.alice.id} booking_approved`)).toMatchObject({ status: 'dead', lastError: p.reasons.bad_signature })
    expect([provider.received.length, provider.refused]).toEqual([sent, refused + 1])
  })
})

describe('SMS with no provider set up', () => {
  const ctx = useTestApp()

  it('prints what would be sent to the server log (number masked), skips the delivery, and reports the channel not configured', async () => {
    ctx.now = at('2026-11-20T02:00:00Z')
    const w = await newParticipationWorld(ctx.app, ctx.db)
    const lines: string[] = []
    // The server as `npm start` runs it: no SMS_* set, logging at info.
    const app = await buildApp({
      config: loadConfig({ LOG_LEVEL: 'info' }), db: ctx.db, clock: () => ctx.now, webApps: [], backgroundJobs: false,
      logger: { level: 'info', stream: { write: (line: string) => void lines.push(line) } },
    })
    try {
      const a = await w.activity({ capacity: 1, title: '太极拳' })
      const alice = await w.registered(w.alice.cookie, a.occurrenceId)
      await w.registered(w.bob.cookie, a.occurrenceId)
      await w.cancel(w.alice.cookie, alice.id)
      await queueSms(ctx.db, ctx.now)

      await deliverDue(app)
      const delivery = (await staffView(app, w.centerA, w.as.staff)).get(`${w.bob.id} seat_offered`)
      expect(delivery).toMatchObject({ status: 'skipped', lastError: 'not_configured: printed to the server log' })
      const printed = lines.map((l) => JSON.parse(l) as { sms?: { to: string; kind: string; text: string } }).filter((l) => l.sms?.kind === 'seat_offered')
      expect(printed.map((l) => l.sms)).toEqual([{
        kind: 'seat_offered', to: `${w.bob.phone.slice(0, 3)}****${w.bob.phone.slice(-4)}`,
        text: '候补到位：请确认名额：「太极拳」（11月23日 09:00）有空位为您保留到 11月20日 12:00，请在此之前确认，逾期将顺延给下一位。',
      }])
      expect(lines.join('\n')).not.toContain(w.bob.phone)

      const health = await app.inject({ url: '/api/health/notifications', headers: { cookie: w.as.staff } })
      expect(health.json().channels).toMatchObject({ in_app: 'on', sms: 'not_configured' })
    } finally {
      await app.close()
    }
  })
})
