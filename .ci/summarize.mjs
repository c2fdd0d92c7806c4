// Sums the Vitest JSON reports of every workspace into the one line CI reads.
import { existsSync, readdirSync, readFileSync } from 'node:fs'

const dirs = ['apps', 'packages'].flatMap((top) => readdirSync(top).map((d) => `${top}/${d}`)).concat('e2e')
let passed = 0
let failed = 0
let skipped = 0
for (const dir of dirs) {
  const file = `${dir}/reports/vitest.json`
  if (!existsSync(file)) continue
  const report = JSON.parse(readFileSync(file, 'utf8'))
  passed += report.numPassedTests
  failed += report.numFailedTests
  skipped += report.numPendingTests + (report.numTodoTests ?? 0)
  console.log(`${dir}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`)
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
if (passed === 0) process.exitCode = 1
