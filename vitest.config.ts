import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        // Browser tests against the built site: run after `npm run build`, one file at a time.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // For the `describe.concurrent` page sweeps: pages in flight at once, each in its own browser context.
          maxConcurrency: 4,
        },
      },
    ],
  },
});
