import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql 16 has no "exports" map: Node loads its CommonJS build (yoga, armor and graphql-tools
  // use that one), vite would pick the ESM build for our sources via "module" — two GraphQLError
  // classes, so errors our code raises would look foreign to yoga. One copy, as in production.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['test/**/*.test.ts'],
    // One real Neo4j for the whole run (test/support/globalSetup.ts). Community Edition has one
    // user database, so test files run one after another and each sets up the graph it needs.
    globalSetup: ['test/support/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default'],
    // The app logs one line per request at info; in tests only warnings and errors are worth reading.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
  },
});
