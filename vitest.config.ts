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
          // beforeAll hooks compute on data-samples like the tests do; on a loaded machine 10 s (the default) is short.
          hookTimeout: 30_000,
        },
      },
      // Slow tests that launch Chromium or run the whole CLI; `npm run test:browser` runs them alone.
      { test: { name: 'browser', include: ['test/**/*.browser.test.ts'], testTimeout: 180_000, hookTimeout: 180_000 } },
    ],
  },
});
