import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeProblems, hasChromium, launchBrowser, screenshot } from './support/browser'
import { phoneContext, scrollsSideways } from './support/phone'
import { type RunningServer, startServer } from './support/server'

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)('residents prove their number with an SMS code to sign up, sign in and reset a password (issue 14 §2)', () => {
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    // A number may ask again after 20 s, not a minute: the test still meets the countdown, without a minute's wait each time.
    ;[server, browser] = await Promise.all([startServer({ smsCodes: true, smsResendSeconds: 20 }), launchBrowser()])
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  const getCodeButton = (page: Page) => page.getByRole('button', { name: /获取验证码$/ })

  /**
   * Asks for a code as a resident does and returns the one the server printed. One code per 20 s
   * per number here: when the server says to wait, the button counts down and then asks again.
   */
  async function askForCode(page: Page, phone: string): Promise<string> {
    const since = server.log().length
    await getCodeButton(page).click()
    const sent = page.getByText('验证码已发送到 139****')
    const tooSoon = page.getByText('获取验证码太频繁了')
    await sent.or(tooSoon).waitFor()
    if (await tooSoon.isVisible()) {
      await page.getByRole('button', { name: /秒后重发/ }).waitFor()
      expect(await axeProblems(page)).toEqual([])
      // Once the countdown ends, the button asks again (重新获取验证码) and can be pressed.
      await getCodeButton(page).click({ timeout: 80_000 })
      await sent.waitFor()
    }
    expect(await page.getByRole('button', { name: /秒后重发/ }).isDisabled()).toBe(true)
    return server.smsCode(phone, since)
  }

  async function signOut(page: Page) {
    await page.getByRole('button', { name: '退出登录' }).click()
    await page.waitForURL((url) => url.pathname.endsWith('/m/login'))
  }

  it('signs up with a code, signs in again with a code (a wrong one explained in Chinese), resets the password and signs in with it', async () => {
    const phone = `139${String(Date.now()).slice(-8)}`
    const context = await phoneContext(browser)
    const page = await context.newPage()
    await page.goto(`${server.baseUrl}/m/login`)
    const byCode = page.getByRole('button', { name: '验证码登录' })
    await byCode.waitFor()
    expect(await byCode.getAttribute('aria-pressed')).toBe('true')
    const code = page.getByLabel('短信验证码')
    expect(await code.getAttribute('inputmode')).toBe('numeric')
    expect(await code.getAttribute('autocomplete')).toBe('one-time-code')
    expect(await axeProblems(page)).toEqual([])

    // Sign-up: the number is proven before the account exists; the password may be left out.
    await page.getByRole('button', { name: '还没有账号？注册' }).click()
    await page.getByRole('heading', { name: '注册新账号' }).waitFor()
    await page.getByLabel('手机号').fill(phone)
    expect(await axeProblems(page)).toEqual([])
    const signUpCode = await askForCode(page, phone)
    expect(await axeProblems(page)).toEqual([])
    await page.getByLabel('短信验证码').fill(signUpCode)
    await page.getByLabel('姓名').fill('验证码居民')
    await page.getByRole('button', { name: '注册并登录' }).click()
    await page.getByRole('heading', { level: 1, name: '我的预约' }).waitFor()
    await page.getByText(/验证码居民（139/).waitFor()
    await signOut(page)

    // Sign-in with a code: a wrong code is explained beside the field, and what was typed stays.
    await page.getByLabel('手机号').fill(phone)
    const signInCode = await askForCode(page, phone)
    const wrong = signInCode === '000000' ? '111111' : '000000'
    await page.getByLabel('短信验证码').fill(wrong)
    await page.getByRole('button', { name: '登录', exact: true }).click()
    await page.getByText('验证码不对，请核对短信里的 6 位数字，或重新获取验证码。').waitFor()
    expect(await page.getByLabel('短信验证码').getAttribute('aria-invalid')).toBe('true')
    expect(await page.getByLabel('手机号').inputValue()).toBe(phone)
    expect(await axeProblems(page)).toEqual([])
    await screenshot(page, 'phone-code-wrong-390x844')
    await page.getByLabel('短信验证码').fill(signInCode)
    await page.getByRole('button', { name: '登录', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: '我的预约' }).waitFor()
    await signOut(page)

    // Forgot the password (there never was one): reset it by code, which signs in.
    await page.getByRole('button', { name: '密码登录' }).click()
    expect(await axeProblems(page)).toEqual([])
    await page.getByRole('button', { name: '忘记密码？' }).click()
    await page.getByRole('heading', { name: '重设密码' }).waitFor()
    await page.getByLabel('手机号').fill(phone)
    const resetCode = await askForCode(page, phone)
    await page.getByLabel('短信验证码').fill(resetCode)
    await page.getByLabel('新密码').fill('new-password-1')
    expect(await axeProblems(page)).toEqual([])
    await page.getByRole('button', { name: '重设密码并登录' }).click()
    await page.getByRole('heading', { level: 1, name: '我的预约' }).waitFor()
    await signOut(page)

    // And the new password works.
    await page.getByRole('button', { name: '密码登录' }).click()
    await page.getByLabel('手机号').fill(phone)
    await page.getByLabel('密码', { exact: true }).fill('new-password-1')
    await page.getByRole('button', { name: '登录', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: '我的预约' }).waitFor()
    await context.close()
  }, 300_000)

  it('reflows every way in at 200 % zoom (195x422 CSS px) in Chinese and English: no sideways scroll, axe clean', async () => {
    const context = await phoneContext(browser, { width: 195, height: 422 })
    const page = await context.newPage()
    for (const [lang, toSignUp, byPassword, forgot] of [
      ['', '还没有账号？注册', '密码登录', '忘记密码？'],
      ['?lang=en', 'No account yet? Sign up', 'Sign in with a password', 'Forgot your password?'],
    ] as const) {
      await page.goto(`${server.baseUrl}/m/login${lang}`)
      const states: [string, () => Promise<void>][] = [
        ['code', async () => {}],
        ['sign-up', () => page.getByRole('button', { name: toSignUp }).click()],
        ['password', async () => {
          await page.goto(`${server.baseUrl}/m/login${lang}`)
          await page.getByRole('button', { name: byPassword }).click()
        }],
        ['reset', () => page.getByRole('button', { name: forgot }).click()],
      ]
      for (const [state, open] of states) {
        await open()
        await page.getByLabel(lang ? 'Mobile number' : '手机号').waitFor()
        const where = `${state}${lang}`
        expect(await scrollsSideways(page), where).toBe(false)
        expect(await axeProblems(page), where).toEqual([])
      }
    }
    await screenshot(page, 'phone-reset-zoom200-en')
    await context.close()
  })
})
