// Fast loop for the pipeline stages: no Neo4j server, no browser (`npm run test:unit`).
// `npm test` runs everything, integration and end-to-end tests included.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The files that talk to a real server or browser; everything else is pure.
    exclude: [
      'tests/neo4j/{cli,load,query,merges}.test.ts',
      'tests/neo4j-server/{script,server}.test.ts',
      'tests/neo4j-faults/**',
      'tests/viewer/**',
      '**/node_modules/**',
    ],
    testTimeout: 60_000,
    reporters: ['default', './tests/setup/plain-summary.ts'],
  },
});
