// Fast loop for the pipeline stages: no Neo4j server, no browser (`npm run test:unit`).
// `npm test` runs everything, integration and end-to-end tests included.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/neo4j/**', 'tests/neo4j-server/**', 'tests/viewer/**', '**/node_modules/**'],
    testTimeout: 60_000,
    reporters: ['default', './tests/setup/plain-summary.ts'],
  },
});
