import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.browser.test.ts'],
          testTimeout: 30_000,
        },
      },
      // Slow tests that launch Chromium or run the whole CLI; `npm run test:browser` runs them alone.
      { test: { name: 'browser', include: ['test/**/*.browser.test.ts'], testTimeout: 180_000, hookTimeout: 180_000 } },
    ],
  },
});
