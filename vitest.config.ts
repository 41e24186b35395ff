import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Starts a real Neo4j for the integration tests when none answers (and stops only one it started).
    globalSetup: ['tests/setup/neo4j.global.ts'],
    // Integration tests talk to a real server; the first query after a cold start can be slow.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // vitest's report, then one plain "N passed, N failed, N skipped" line for CI.
    reporters: ['default', './tests/setup/plain-summary.ts'],
  },
});
