import { defineConfig } from 'vitest/config'

// Unit tests cover plain logic (formatting, slot grid), so no DOM and no Vue plugin.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
  },
})
