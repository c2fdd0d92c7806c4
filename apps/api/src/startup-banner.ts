import { DEMO_PASSWORD } from './seed/demo-data'
import type { DemoLogins } from './seed/demo-logins'
import { demoWaitlist } from './seed/demo-waitlist-seed'

/** What `npm start` prints once the server listens; demo logins only where they work. */
export function startupBanner(base: string, database: string, logins: DemoLogins): string {
  const lines = [
    `  邻里 Linli is running (${database})`,
    `    admin   ${base}/admin/`,
    `    kiosk   ${base}/kiosk/`,
    `    phones  ${base}/m/`,
    `    API     ${base}/api/docs`,
  ]
  if (logins.staff.length) {
    lines.push(`  Demo logins (password ${DEMO_PASSWORD}):`)
    for (const s of logins.staff) lines.push(`    ${s.username.padEnd(9)} ${s.role.padEnd(15)} ${s.scope}`)
  }
  if (logins.residents.length) {
    lines.push(`  Demo residents (phone pages at ${base}/m/, password ${DEMO_PASSWORD}):`)
    for (const r of logins.residents) lines.push(`    ${r.phone}  ${r.name}`)
  }
  const phones = logins.residents.map((r) => r.phone as string)
  const [leaver] = demoWaitlist.seated
  if (phones.includes(leaver) && phones.includes(demoWaitlist.waiting)) {
    lines.push(`  试一试：用 ${leaver} 在手机页取消「${demoWaitlist.title}」，${demoWaitlist.waiting} 的铃铛立刻提示候补名额`)
    lines.push(`  Try it: as ${leaver}, cancel ${demoWaitlist.title} on the phone pages; ${demoWaitlist.waiting}'s bell shows the freed seat at once`)
  }
  return `\n${lines.join('\n')}\n`
}
