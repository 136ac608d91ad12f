import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One real Neo4j for the whole run (test/support/globalSetup.ts). Community Edition has one
    // user database, so test files run one after another and each sets up the graph it needs.
    globalSetup: ['test/support/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default'],
  },
});
