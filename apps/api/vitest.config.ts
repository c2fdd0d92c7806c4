import { defineConfig } from 'vitest/config'

// Every API suite runs on embedded PGlite, and again on a real PostgreSQL server when one is given.
const databases = ['pglite', ...(process.env.TEST_DATABASE_URL ? ['postgres'] : [])]

export default defineConfig({
  test: {
    globalSetup: ['test/support/global-setup.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    // Files share their worker's loaded modules instead of importing the app afresh each time
    // (about a third of the suite's CPU); every file still builds its own app on its own database.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: databases.map((name) => ({
      extends: true,
      test: { name, include: ['src/**/*.test.ts', 'test/**/*.test.ts'], env: { LINLI_TEST_DB: name } },
    })),
  },
})
