import { DEMO_PASSWORD } from './seed/demo-data'
import type { DemoLogins } from './seed/demo-logins'
import { demoWaitlist } from './seed/demo-waitlist-seed'

/** Set when no staff account exists yet: the banner says how to create the first one. */
export interface FirstRun {
  /** The embedded database allows one process: the command runs while the server is stopped. */
  embedded: boolean
}

/** How a new installation gets its first account, in place of demo logins no one could use. */
function firstRunLines(firstRun: FirstRun): string[] {
  return [
    '  No staff account yet: nobody can sign in. Create the first administrator (it asks for the password):',
    ...(firstRun.embedded ? ['    1. stop this server (Ctrl-C): the embedded database allows one process at a time'] : []),
    `    ${firstRun.embedded ? '2. ' : ''}npm run linli -- create-admin --username admin --name 张主任 --district 金水区`,
    ...(firstRun.embedded ? ['    3. start the server again and sign in at /admin/'] : []),
    '  还没有工作人员账号，无法登录：请先用上面的命令创建第一个管理员（命令会提示输入密码）。',
  ]
}

/** What `npm start` prints once the server listens; demo logins only where they work. */
export function startupBanner(base: string, database: string, logins: DemoLogins, firstRun?: FirstRun): string {
  const lines = [
    `  邻里 Linli is running (${database})`,
    `    admin   ${base}/admin/`,
    `    kiosk   ${base}/kiosk/`,
    `    phones  ${base}/m/`,
    `    API     ${base}/api/docs`,
  ]
  if (firstRun) lines.push(...firstRunLines(firstRun))
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
