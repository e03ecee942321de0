import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['sandbox-engine/**/*.test.ts', 'graders/**/*.test.ts', 'test/**/*.test.ts'],
    // Two cores on the reference machines: keep the pool small and predictable.
    pool: 'threads',
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
