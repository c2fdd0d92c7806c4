import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeProblems, hasChromium, launchBrowser, screenshot } from './support/browser'
import { layoutShift, phoneContext, scrollsSideways, shownTitle, signUpResident, throttleLikeLighthouse, watchLayoutShift } from './support/phone'
import { type RunningServer, startServer } from './support/server'

interface Demo { centerId: string; centerName: string; roomId: string; roomName: string }

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)('the residents\' phone pages: language, 200 % zoom and layout shift (issue 19)', () => {
  let server: RunningServer
  let browser: Browser
  let demo: Demo

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
    const center = (await (await fetch(`${server.baseUrl}/api/centers`)).json()).items.find((c: { name: string }) => c.name === '凤凰台党群服务中心')
    const rooms = (await (await fetch(`${server.baseUrl}/api/centers/${center.id}/rooms`)).json()).items as { id: string; name: string; access: string }[]
    const room = rooms.find((r) => r.access === 'resident')!
    demo = { centerId: center.id, centerName: center.name, roomId: room.id, roomName: room.name }
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('opens in English on a phone set to English, and keeps 中文 once picked, across reloads and QR links', async () => {
    const context = await phoneContext(browser, undefined, 'en-US')
    const page = await context.newPage()
    await page.goto(`${server.baseUrl}/m`)
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Choose a service center' }).isVisible()).toBe(true)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await axeProblems(page)).toEqual([])

    await page.getByRole('button', { name: '中文' }).click()
    await page.getByRole('heading', { level: 1, name: '选择服务中心' }).waitFor()
    await page.reload()
    await page.getByRole('heading', { level: 1, name: '选择服务中心' }).waitFor()
    // A QR code on a door opens a fresh page load on another path: still Chinese.
    await page.goto(`${server.baseUrl}/m/rooms/${demo.roomId}`)
    await page.getByRole('heading', { name: '选择日期' }).waitFor()
    await expect.poll(() => page.getByRole('button', { name: 'English' }).isVisible()).toBe(true)
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN')
    expect(await axeProblems(page)).toEqual([])

    // And the other way round on a Chinese phone: English, once picked, stays.
    const chinese = await (await phoneContext(browser)).newPage()
    await chinese.goto(`${server.baseUrl}/m/centers/${demo.centerId}`)
    await chinese.getByRole('button', { name: 'English' }).click()
    await chinese.goto(`${server.baseUrl}/m/rooms/${demo.roomId}`)
    await chinese.getByRole('heading', { name: 'Choose a day' }).waitFor()
    await context.close()
  })

  it('reflows every phone page into one column at 200 % zoom (195x422 CSS px): no sideways scroll, whole titles', async () => {
    const context = await phoneContext(browser, { width: 195, height: 422 })
    await signUpResident(context, server.baseUrl)
    const page = await context.newPage()
    const pages: [path: string, title: string | RegExp][] = [
      ['m', '选择服务中心'],
      [`m/centers/${demo.centerId}`, demo.centerName],
      [`m/rooms/${demo.roomId}`, demo.roomName],
      [`m/rooms/${demo.roomId}/check-in`, '签到'],
      ['m/bookings', '我的预约'],
      [`m/centers/${demo.centerId}/activities`, /活动/],
      ['m/registrations', '我的报名'],
    ]
    for (const lang of ['', '?lang=en']) {
      for (const [path, title] of pages) {
        await page.goto(`${server.baseUrl}/${path}${lang}`)
        await page.getByRole('contentinfo').getByRole('button').waitFor()
        await page.waitForLoadState('networkidle')
        const where = `${path}${lang}`
        expect(await scrollsSideways(page), where).toBe(false)
        const shown = await shownTitle(page)
        expect(shown.cut, `${where}: title "${shown.text}" is cut`).toBe(false)
        if (!lang) expect(shown.text, where).toMatch(title)
        expect(await axeProblems(page), where).toEqual([])
        if (path.includes('check-in') || path.startsWith('m/centers/') && !path.endsWith('activities')) await screenshot(page, `phone-zoom200-${path.split('/')[1]}${lang ? '-en' : ''}`)
      }
    }
    await context.close()
  }, 180_000) // fourteen pages, each read by axe: more than the default minute on a busy 2-core runner

  it('keeps the room page still while it loads on a slow phone: cumulative layout shift below 0.1', async () => {
    const context = await phoneContext(browser)
    await watchLayoutShift(context)
    const page = await context.newPage()
    await throttleLikeLighthouse(context, page)
    for (const path of [`m/rooms/${demo.roomId}`, `m/centers/${demo.centerId}`, 'm']) {
      await page.goto(`${server.baseUrl}/${path}`)
      await page.getByRole('contentinfo').getByRole('button').waitFor()
      await page.waitForLoadState('networkidle')
      // Whatever loads last (the day's times, the rules under them) has been drawn.
      if (path.startsWith('m/rooms')) await page.getByRole('list', { name: '选择时段' }).waitFor()
      const shift = await layoutShift(page)
      console.info(`CLS /${path.replace(/[0-9a-f-]{36}/, ':id')}: ${shift.toFixed(3)}`)
      expect(shift, path).toBeLessThan(0.1)
      expect(await axeProblems(page), path).toEqual([])
    }
    await screenshot(page, 'phone-centers-390x844')
    await context.close()
  })
})
