import { readFile } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeFindings } from './support/admin-session'
import { hasChromium, launchBrowser, screenshot } from './support/browser'
import { phoneContext, scrollsSideways } from './support/phone'
import { type RunningServer, startServer } from './support/server'
import { staffFetch } from './support/staff-api'

/** A wall-clock `YYYY-MM-DDTHH:mm` in Shanghai, the demo centers' zone. */
const shanghai = (ms: number) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
    .format(new Date(ms)).replace(' ', 'T')
const offsite = { category: 'lecture', organiserKind: 'center', organiserName: '凤凰台党群服务中心', roomId: null, location: '社区广场', status: 'published' }

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)('a resident manages their account on the phone: 我的账号 (issue 14 §2)', () => {
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({ smsCodes: true }), launchBrowser()])
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name })
  const card = (page: Page, title: string) => page.getByRole('region', { name: title })

  /** Sets 长辈版 on or off from the top bar and waits for the page to be large (or standard) again. */
  async function elderMode(page: Page, on: boolean) {
    const toggle = page.getByRole('banner').getByRole('button', { name: '长辈版' })
    if ((await toggle.getAttribute('aria-pressed')) !== String(on)) await toggle.click()
    await page.waitForFunction((on) => document.documentElement.classList.contains('m-elder') === on, on)
  }

  /** Text in the page under `px` CSS px, and controls smaller than `tap` x `tap`, one line each. */
  const small = (page: Page, px: number, tap: number) => page.evaluate(({ px, tap }) => {
    const shown = (el: Element) => el.getBoundingClientRect().width > 1 && getComputedStyle(el).visibility !== 'hidden'
    const text = new Set<string>()
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement
      if (el && node.textContent?.trim() && shown(el) && parseFloat(getComputedStyle(el).fontSize) < px) text.add(`"${node.textContent.trim().slice(0, 20)}"`)
    }
    const targets = Array.from(document.querySelectorAll('.m-app a[href], .m-app button, .m-app input')).filter(shown)
      .map((el) => ({ el, box: el.getBoundingClientRect() })).filter(({ box }) => box.width < tap || box.height < tap)
      .map(({ el, box }) => `${el.tagName} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 20)}" ${Math.round(box.width)}x${Math.round(box.height)}`)
    return { text: [...text], targets }
  }, { px, tap })

  it('renames, moves to a new number with a code, downloads the data, and is refused deletion with an activity today; a fresh account is deleted and signed out', async () => {
    const context = await phoneContext(browser)
    const page = await context.newPage()

    // Signed out, the account page sends the resident to sign in, and back.
    await page.goto(`${server.baseUrl}/m/account`)
    await page.waitForURL((url) => url.pathname === '/m/login')
    await page.getByRole('button', { name: '密码登录' }).click()
    await page.getByLabel('手机号').fill('13800000003')
    await page.getByLabel('密码', { exact: true }).fill('linli-demo')
    await page.getByRole('button', { name: '登录', exact: true }).click()
    await heading(page, '我的账号').waitFor()
    expect(new URL(page.url()).pathname).toBe('/m/account')
    await expect.poll(() => card(page, '我的资料').textContent()).toContain('赵丽')
    expect(await axeFindings(page)).toEqual([])
    await screenshot(page, 'phone-account-390x844')

    // And the top bar leads here from any page once signed in.
    await page.goto(`${server.baseUrl}/m/bookings`)
    await page.getByRole('banner').getByRole('link', { name: '我的账号' }).click()
    await heading(page, '我的账号').waitFor()

    // 我的资料: an empty name is refused beside the field; a new one is saved.
    const profile = card(page, '我的资料')
    await profile.getByRole('button', { name: '修改 姓名' }).click()
    const name = page.getByLabel('姓名')
    await name.fill('  ')
    await profile.getByRole('button', { name: '保存姓名' }).click()
    await profile.getByText('请填写姓名').waitFor()
    expect(await name.getAttribute('aria-invalid')).toBe('true')
    await name.fill('赵丽华')
    await profile.getByRole('button', { name: '保存姓名' }).click()
    await profile.getByText('姓名已改好。').waitFor()
    expect(await profile.textContent()).toContain('赵丽华')

    // The language switches the page at once, and back.
    await profile.getByRole('button', { name: 'English' }).click()
    await heading(page, 'My account').waitFor()
    await page.getByRole('region', { name: 'My details' }).getByRole('button', { name: '中文' }).click()
    await heading(page, '我的账号').waitFor()
    expect(await profile.getByRole('button', { name: '中文' }).getAttribute('aria-pressed')).toBe('true')

    // 密码: set by a code to their own number (most never chose one); a wrong current password is refused beside the field.
    const passwordCard = card(page, '密码')
    await passwordCard.getByRole('button', { name: '设置密码' }).click()
    const before = server.log().length
    await passwordCard.getByRole('button', { name: '获取验证码' }).click()
    await passwordCard.getByText('验证码已发送到 138****0003').waitFor()
    await page.getByLabel('短信验证码').fill(await server.smsCode('13800000003', before))
    await page.getByLabel('新密码').fill('short')
    await passwordCard.getByRole('button', { name: '设置密码' }).click()
    await passwordCard.getByText('密码至少 8 位').waitFor()
    await page.getByLabel('新密码').fill('account-e2e-1')
    await passwordCard.getByRole('button', { name: '设置密码' }).click()
    await passwordCard.getByText('密码已设置好，其他手机上的登录都已退出。').waitFor()
    await passwordCard.getByRole('button', { name: '修改密码' }).click()
    await page.getByLabel('当前密码').fill('linli-demo')
    await page.getByLabel('新密码').fill('account-e2e-2')
    await passwordCard.getByRole('button', { name: '修改密码' }).click()
    await passwordCard.getByText(/^当前密码不对，什么都没有改动/).waitFor()
    expect(await page.getByLabel('当前密码').getAttribute('aria-invalid')).toBe('true')
    expect(await page.getByLabel('新密码').inputValue()).toBe('account-e2e-2')
    expect(await axeFindings(page)).toEqual([])
    await page.getByLabel('当前密码').fill('account-e2e-1')
    await passwordCard.getByRole('button', { name: '修改密码' }).click()
    await passwordCard.getByText('密码已修改，其他手机上的登录都已退出，这台手机仍保持登录。').waitFor()

    // 手机号: a code goes to the new number; a wrong one is explained in Chinese and changes nothing.
    const newPhone = `139${String(Date.now()).slice(-8)}`
    const phoneCard = card(page, '手机号')
    await phoneCard.getByRole('button', { name: '更换手机号' }).click()
    await page.getByLabel('新手机号').fill('13800000003')
    await phoneCard.getByRole('button', { name: '获取验证码' }).click()
    await phoneCard.getByText('这就是您现在的手机号，请填写新号码').waitFor()
    await page.getByLabel('新手机号').fill(newPhone)
    const since = server.log().length
    await phoneCard.getByRole('button', { name: '获取验证码' }).click()
    await phoneCard.getByText(`验证码已发送到 ${newPhone.slice(0, 3)}****${newPhone.slice(-4)}`).waitFor()
    expect(await phoneCard.getByRole('button', { name: /秒后重发/ }).isDisabled()).toBe(true)
    const code = await server.smsCode(newPhone, since)
    await page.getByLabel('短信验证码').fill(code === '000000' ? '111111' : '000000')
    await phoneCard.getByRole('button', { name: '确认更换' }).click()
    await phoneCard.getByText('验证码不对，请核对短信里的 6 位数字，或重新获取验证码。').waitFor()
    expect(await page.getByLabel('短信验证码').getAttribute('aria-invalid')).toBe('true')
    expect(await page.getByLabel('新手机号').inputValue()).toBe(newPhone)
    expect(await phoneCard.textContent()).toContain('现在的手机号：138****0003')
    expect((await (await context.request.get(`${server.baseUrl}/api/residents/me`)).json()).phone).toBe('13800000003')
    expect(await axeFindings(page)).toEqual([])
    await screenshot(page, 'phone-account-wrong-code-390x844')
    await page.getByLabel('短信验证码').fill(code)
    await phoneCard.getByRole('button', { name: '确认更换' }).click()
    await phoneCard.getByText(`手机号已换成 ${newPhone.slice(0, 3)}****${newPhone.slice(-4)}，以后用新号码登录。`).waitFor()
    expect(await phoneCard.textContent()).toContain(`现在的手机号：${newPhone.slice(0, 3)}****`)

    // 下载我的数据: a dated JSON file with their new name and number in it.
    const downloading = page.waitForEvent('download')
    await card(page, '下载我的数据').getByRole('button', { name: '下载我的数据' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(/^linli-my-data-\d{4}-\d{2}-\d{2}\.json$/)
    const data = JSON.parse(await readFile((await download.path())!, 'utf8'))
    expect(data.profile).toMatchObject({ name: '赵丽华', phone: newPhone })
    expect(Array.isArray(data.bookings)).toBe(true)
    await page.getByText(`已下载文件 ${download.suggestedFilename()}。`).waitFor()

    // 长辈版: the same page, large and still axe clean.
    expect(await small(page, 18, 44)).toEqual({ text: [], targets: [] })
    await elderMode(page, true)
    expect(await axeFindings(page)).toEqual([])
    expect(await small(page, 22, 60)).toEqual({ text: [], targets: [] })
    await screenshot(page, 'phone-account-elder-390x844')
    await elderMode(page, false)
    // 200 % zoom (195x422 CSS px): everything reflows, nothing scrolls sideways.
    await page.setViewportSize({ width: 195, height: 422 })
    expect(await scrollsSideways(page)).toBe(false)
    await page.setViewportSize({ width: 390, height: 844 })

    // An activity of theirs under way (begun this quarter hour, so it is on today even a minute before
    // midnight): deleting is refused in Chinese, and nothing changes.
    const staff = await staffFetch(server.baseUrl, 'staff')
    const start = Math.floor(Date.now() / 900_000) * 900_000
    const talk = await staff.call('POST', `/api/centers/${staff.me.centerId}/activities`, { ...offsite, title: 'e2e 注销前的讲座', startsLocal: shanghai(start), endsLocal: shanghai(start + 2 * 3_600_000), capacity: 20 })
    expect(talk.status).toBe(201)
    const day = shanghai(start).slice(0, 10)
    const listed = await staff.call('GET', `/api/centers/${staff.me.centerId}/occurrences?from=${day}&to=${day}`)
    const occurrenceId = listed.body.items.find((o: { activityId: string }) => o.activityId === talk.body.id).id
    expect((await staff.call('POST', `/api/occurrences/${occurrenceId}/roster`, { phone: newPhone })).status).toBe(201)

    await card(page, '注销账号').getByRole('link', { name: '注销账号' }).click()
    await heading(page, '注销账号').waitFor()
    await page.getByText('以后的功能室预约全部取消，时段释放给其他居民。').waitFor()
    const submit = page.getByRole('button', { name: '确认注销账号' })
    expect(await submit.isDisabled()).toBe(true)
    await page.getByLabel('请输入“注销”两个字确认').fill('删除')
    expect(await submit.isDisabled()).toBe(true)
    await page.getByLabel('请输入“注销”两个字确认').fill('注销')
    await submit.click()
    await page.getByRole('alert').getByText('您今天还有预约或活动，账号暂时不能注销').waitFor()
    expect(await axeFindings(page)).toEqual([])
    await screenshot(page, 'phone-account-delete-refused-390x844')
    await elderMode(page, true)
    expect(await axeFindings(page)).toEqual([])
    await screenshot(page, 'phone-account-delete-elder-390x844')
    await elderMode(page, false)
    expect((await (await context.request.get(`${server.baseUrl}/api/residents/me`)).json()).name).toBe('赵丽华')
    await context.close()

    // A fresh account has nothing today: it is deleted, and the phone is signed out.
    const fresh = await phoneContext(browser)
    const freshPage = await fresh.newPage()
    const freshPhone = `137${String(Date.now()).slice(-8)}`
    const asked = server.log().length
    expect((await fresh.request.post(`${server.baseUrl}/api/residents/phone-codes`, { data: { phone: freshPhone, purpose: 'sign_up' } })).status()).toBe(202)
    const signUpCode = await server.smsCode(freshPhone, asked)
    const signedUp = await fresh.request.post(`${server.baseUrl}/api/residents/sign-up-with-code`, { data: { phone: freshPhone, code: signUpCode, name: '新注册居民' } })
    expect(signedUp.status()).toBe(201)
    await freshPage.goto(`${server.baseUrl}/m/account/delete`)
    await heading(freshPage, '注销账号').waitFor()
    await freshPage.getByLabel('请输入“注销”两个字确认').fill('注销')
    await freshPage.getByRole('button', { name: '确认注销账号' }).click()
    await heading(freshPage, '账号已注销').waitFor()
    expect(await freshPage.getByRole('banner').getByRole('link', { name: '我的账号' }).count()).toBe(0)
    expect(await axeFindings(freshPage)).toEqual([])
    await screenshot(freshPage, 'phone-account-deleted-390x844')
    expect((await fresh.request.get(`${server.baseUrl}/api/residents/me`)).status()).toBe(401)
    await freshPage.goto(`${server.baseUrl}/m/account`)
    await freshPage.waitForURL((url) => url.pathname === '/m/login')
    await fresh.close()
  }, 240_000)
})
