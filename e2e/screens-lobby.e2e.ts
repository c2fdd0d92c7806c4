import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeProblems, hasChromium, launchBrowser, screenshot } from './support/browser'
import { type RunningServer, startServer } from './support/server'
import { shanghaiDate, staffFetch } from './support/staff-api'

type Viewport = { width: number; height: number }
const LANDSCAPE = { width: 1920, height: 1080 }
const PORTRAIT = { width: 1080, height: 1920 }

/** Texts on the page that are cut off: by their own overflow (an ellipsis) or by a box around them. */
function clippedTexts(page: Page) {
  return page.evaluate(() => {
    const cut: string[] = []
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      if (!Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())) continue
      const r = el.getBoundingClientRect()
      if (!r.width || !r.height || getComputedStyle(el).visibility === 'hidden') continue
      const own = getComputedStyle(el)
      // A whole line hidden, not the few pixels CJK glyphs reach past a tight line-height.
      const lineHidden = el.scrollHeight > el.clientHeight + 0.5 * parseFloat(own.fontSize)
      if ((own.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) || (own.overflowY !== 'visible' && lineHidden)) {
        cut.push(el.textContent!.trim())
        continue
      }
      for (let box = el.parentElement; box; box = box.parentElement) {
        const s = getComputedStyle(box)
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue
        const b = box.getBoundingClientRect()
        // Inline boxes are as tall as the font's ascent and descent: allow that past a tight line.
        const slack = 0.3 * parseFloat(own.fontSize)
        if (r.left < b.left - 1 || r.right > b.right + 1 || r.top < b.top - slack || r.bottom > b.bottom + slack) {
          cut.push(el.textContent!.trim())
          break
        }
      }
    }
    return cut
  })
}

/**
 * Where a lobby wastes the screen: a panel that pages (its heading shows "1/3") while a whole
 * further item would fit under its last one, or a band over 5 % of the screen left under the panels.
 */
const emptyBands = (page: Page) => page.evaluate(() => {
  const found: string[] = []
  const panels = Array.from(document.querySelectorAll<HTMLElement>('main section[aria-labelledby]'))
  for (const panel of panels) {
    const items = Array.from(panel.querySelectorAll('li')).map((li) => li.getBoundingClientRect())
    const paging = /\d+\/\d+/.test(panel.querySelector('h2')?.textContent ?? '')
    if (!items.length || !paging) continue
    const room = panel.getBoundingClientRect().bottom - Math.max(...items.map((r) => r.bottom))
    if (room >= items[0]!.height) found.push(`${panel.querySelector('h2')!.textContent}: room for one more`)
  }
  const footer = document.querySelector('footer')!.getBoundingClientRect()
  const lowest = Math.max(...panels.map((p) => p.getBoundingClientRect().bottom))
  if (footer.top - lowest > 0.05 * window.innerHeight) found.push(`${Math.round(footer.top - lowest)} px empty above the announcements`)
  return found
})

/** The root font size, and the smallest font size of any text on screen, in CSS pixels. */
const fontSizes = (page: Page) => page.evaluate(() => {
  const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize)
  let smallest = Infinity
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    const r = el.getBoundingClientRect()
    if (!r.width || !r.height || el.closest('[aria-hidden="true"]')) continue
    if (Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())) smallest = Math.min(smallest, px(el))
  }
  return { root: px(document.documentElement), smallest }
})

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)('the lobby screens, read from across the hall (issue 19)', () => {
  let server: RunningServer
  let browser: Browser
  let manager: Awaited<ReturnType<typeof staffFetch>>
  const today = shanghaiDate()

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
    manager = await staffFetch(server.baseUrl, 'manager')
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  async function screenAt(viewport: Viewport, time: string): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
    const page = await context.newPage()
    await page.clock.setFixedTime(new Date(`${today}T${time}:00+08:00`))
    return page
  }

  /** A fresh screen at /kiosk/, paired by the code it shows (two groups of three) with the manager's center. */
  async function pairedScreen(viewport: Viewport, time: string) {
    const page = await screenAt(viewport, time)
    await page.goto(`${server.baseUrl}/kiosk/`)
    const groups = page.getByText(/^[A-Z0-9]{3}$/)
    await groups.first().waitFor()
    const code = (await groups.allTextContents()).join(' ')
    const paired = await manager.call('POST', `/api/centers/${manager.me.centerId}/screens`, { code, name: `大厅 ${viewport.width}`, layout: 'lobby', language: 'zh-CN' })
    expect(paired.status).toBe(201)
    await page.getByRole('heading', { name: '凤凰台党群服务中心' }).waitFor({ timeout: 20_000 })
    return page
  }

  it('shows the tai chi on the square under 正在进行 / 即将开始, with its place, upright and wide, nothing cut off', async () => {
    for (const viewport of [LANDSCAPE, PORTRAIT]) {
      const page = await pairedScreen(viewport, '07:30')
      // A card for the square, saying what is on there and until when, in the 正在进行 / 即将开始 panel.
      const card = page.getByRole('article').filter({ hasText: '中心东侧广场' }).filter({ hasText: '至 08:00' })
      await card.waitFor()
      expect(await card.textContent()).toMatch(/中心东侧广场.*进行中.*至 08:00.*太极拳晨练/)
      const nowNext = page.getByRole('region', { name: /正在进行 \/ 即将开始/ })
      expect(await nowNext.getByRole('article').filter({ hasText: '中心东侧广场' }).count()).toBe(1)
      // Pages fade in: let the last one settle before measuring what is cut.
      await page.waitForTimeout(600)
      expect(await clippedTexts(page), `${viewport.width}x${viewport.height}`).toEqual([])
      expect(await emptyBands(page), `${viewport.width}x${viewport.height}`).toEqual([])
      expect(await axeProblems(page)).toEqual([])
      await screenshot(page, `screens-lobby-0730-${viewport.width}x${viewport.height}`)
      await page.context().close()
    }
  }, 120_000)

  it('fills the screen with whole rows, upright and wide, and cuts no text off on any board', async () => {
    const rooms = (await (await fetch(`${server.baseUrl}/api/centers/${manager.me.centerId}/rooms`)).json()).items as { id: string; name: string }[]
    const chess = rooms.find((r) => r.name === '益智棋类室')!.id
    for (const viewport of [PORTRAIT, LANDSCAPE]) {
      for (const [layout, heading] of [['lobby', '今日活动'], ['week', '凤凰台党群服务中心'], [`door&room=${chess}`, '益智棋类室']] as const) {
        const page = await screenAt(viewport, '10:15')
        await page.goto(`${server.baseUrl}/kiosk/centers/${manager.me.centerId}?layout=${layout}`)
        await page.getByRole('heading', { name: heading }).first().waitFor()
        await page.waitForTimeout(600)
        const name = `${layout.split('&')[0]}-1015-${viewport.width}x${viewport.height}`
        expect(await clippedTexts(page), name).toEqual([])
        expect(await axeProblems(page), name).toEqual([])
        await screenshot(page, `screens-${name}`)
        if (layout === 'lobby') expect(await emptyBands(page), name).toEqual([])
        await page.context().close()
      }
    }
    // The hospital's lecture hall, offered to the center under a co-building agreement, says whose it is on its door.
    const hall = rooms.find((r) => r.name === '医院健康讲堂')!.id
    const page = await screenAt(LANDSCAPE, '10:15')
    await page.goto(`${server.baseUrl}/kiosk/centers/${manager.me.centerId}?layout=door&room=${hall}`)
    await page.getByRole('heading', { name: '医院健康讲堂' }).waitFor()
    await page.getByText(/由 市第七人民医院 提供/).waitFor()
    expect(await clippedTexts(page)).toEqual([])
    await screenshot(page, 'screens-door-unit-room-1920x1080')
    await page.context().close()
  }, 180_000)

  it('sizes its text so capitals and digits are 25 mm tall on a 55-inch panel read from 3 m, with nothing smaller', async () => {
    const page = await pairedScreen(LANDSCAPE, '10:15')
    await page.getByRole('heading', { name: /今日活动/ }).waitFor()
    await page.getByText('棋艺交流').first().waitFor()
    const { root, smallest } = await fontSizes(page)
    const mmPerPx = (55 * 25.4) / Math.hypot(LANDSCAPE.width, LANDSCAPE.height)
    // Cap height of Noto Sans CJK is 0.733 em.
    expect(root * 0.733 * mmPerPx).toBeGreaterThanOrEqual(24.9)
    expect(smallest).toBeGreaterThanOrEqual(root - 0.01)
    await screenshot(page, 'screens-lobby-55in-3m-1920x1080')
    await page.context().close()
  }, 60_000)
})
