import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
    // The theme test reads the style sheet itself (`?raw`); other CSS stays out of unit tests.
    css: { include: [/theme\.css/] },
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
  },
})
