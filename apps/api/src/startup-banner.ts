import { DEMO_PASSWORD } from './seed/demo-data'
import type { DemoLogins } from './seed/demo-logins'

/** What `npm start` prints once the server listens; demo logins only where they work. */
export function startupBanner(base: string, database: string, logins: DemoLogins): string {
  const lines = [
    `  邻里 Linli is running (${database})`,
    `    admin   ${base}/admin/`,
    `    kiosk   ${base}/kiosk/`,
    `    API     ${base}/api/docs`,
  ]
  if (logins.staff.length) {
    lines.push(`  Demo logins (password ${DEMO_PASSWORD}):`)
    for (const s of logins.staff) lines.push(`    ${s.username.padEnd(9)} ${s.role.padEnd(15)} ${s.scope}`)
  }
  if (logins.residents.length) {
    lines.push(`  Demo residents (phone pages at ${base}/kiosk/m/, password ${DEMO_PASSWORD}):`)
    for (const r of logins.residents) lines.push(`    ${r.phone}  ${r.name}`)
  }
  return `\n${lines.join('\n')}\n`
}
