// Draws the home-screen icons in public/icons/ (committed; run again only to change them):
//   node apps/resident/scripts/make-icons.mjs
// A white 邻 on the app's red, drawn by Chromium with Noto Sans CJK (playwright-core comes with e2e).
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const out = fileURLToPath(new URL('../public/icons/', import.meta.url))
// `any` icons fill the square; a maskable one keeps the glyph inside the 80 % safe circle.
const icons = [
  { file: 'icon-192.png', size: 192, glyph: 0.62 },
  { file: 'icon-512.png', size: 512, glyph: 0.62 },
  { file: 'maskable-512.png', size: 512, glyph: 0.5 },
  { file: 'apple-touch-icon-180.png', size: 180, glyph: 0.62 },
]

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' })
for (const { file, size, glyph } of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } })
  await page.setContent(`<body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:#b5121b">
    <span style="color:#fff;font:700 ${Math.round(size * glyph)}px/1 'Noto Sans CJK SC',sans-serif">邻</span></body>`)
  await page.screenshot({ path: `${out}${file}`, omitBackground: false })
  await page.close()
}
await browser.close()
