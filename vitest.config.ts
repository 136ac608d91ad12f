import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql 16 has no "exports" map: Node loads its CommonJS build (yoga, armor and graphql-tools
  // use that one), vite would pick the ESM build for our sources via "module" — two GraphQLError
  // classes, so errors our code raises would look foreign to yoga. One copy, as in production.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    reporters: ['default'],
    // The app logs one line per request at info; in tests only warnings and errors are worth reading.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
    setupFiles: ['test/support/logLevel.ts'],
    projects: [
      {
        // Pure code and the files that hold docs and layers to one definition: no Neo4j, in
        // parallel, seconds (`npm run test:unit`).
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 20_000 },
      },
      {
        // Against a real Neo4j (test/support/globalSetup.ts starts one per run). Community Edition
        // has one user database, so these files run one after another and each sets up its graph.
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: ['test/unit/**'],
          globalSetup: ['test/support/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
