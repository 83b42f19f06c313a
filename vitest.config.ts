import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Packaging tests pack and install the tarball: slow by nature, not by accident.
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
})
