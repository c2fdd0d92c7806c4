import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['**/*.e2e.ts'],
    // Builds the server bundle and a migrated data directory once, for every startServer to copy.
    globalSetup: ['support/global-setup.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    // One real server and browser per file; files run one at a time to stay kind to a 2-core machine.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
