// The quality bar, as a test: extraction scored against the bundled gold files.
// The samples carry the issue's bar; our own letters from other bodies and provinces
// (written without looking at the rules) stand in for unseen letters, with the real-letter bar.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateDirs } from '../../src/eval/run.js';
import { extractPaths } from '../../src/pipeline.js';

describe.each([
  { label: 'sample letters', letters: 'examples/letters', gold: 'tests/gold', fields: 0.98, overall: 0.9, perType: 0.9 },
  { label: 'our test letters', letters: 'tests/fixtures/letters', gold: 'tests/fixtures/gold', fields: 0.95, overall: 0.9, perType: 0.85 },
])('$label', ({ letters, gold, fields, overall, perType }) => {
  it(`keeps structured fields ≥ ${fields}, entity F1 ≥ ${overall} and each type ≥ ${perType}`, async () => {
    const report = await evaluateDirs(letters, gold, extractPaths);
    expect(report.failed).toEqual([]);
    expect(report.fields.accuracy).toBeGreaterThanOrEqual(fields);
    expect(report.entities.overall.f1).toBeGreaterThanOrEqual(overall);
    for (const [type, score] of Object.entries(report.entities.byType)) {
      if (score.tp + score.fp + score.fn === 0) continue;
      expect.soft(score.f1, type).toBeGreaterThanOrEqual(perType);
    }
  });
});

// The shared corpus of real letters (every province, level and bureau) sits beside the clone in CI;
// real letters never enter the repo, so without it these bars are skipped, and the title says so.
// Letters refused by the letter gate would count as all missed; none may be refused.
const REAL_LETTERS = '../shared/corpus/real';
const REAL_GOLD = '../shared/gold/real';
const realPresent = existsSync(REAL_LETTERS) && existsSync(REAL_GOLD);
// Canonical names sit at 0.966: bodies the tables do not list are named as written (区征迁办), which
// the gold sometimes writes out in full; listing more short forms is what raises it. Fund sits at 0.90:
// what a fund is for is read before 建设专项资金 (blind letters gain a required fund, this corpus one false one).
const REAL_BARS = {
  fields: 0.988,
  f1: 0.958,
  canonical: 0.965,
  types: { Agency: 0.935, Policy: 0.99, Fund: 0.89, Platform: 0.9, Person: 0.99, Organization: 0.8 } as Record<string, number>,
};

describe('shared real letters', () => {
  it.skipIf(!realPresent)(
    `reads every letter (none refused), structured fields ≥ ${REAL_BARS.fields}, entity F1 ≥ ${REAL_BARS.f1}, each type and canonical names at their bars${realPresent ? '' : ` (skipped: ${REAL_LETTERS} is not present)`}`,
    async () => {
      const report = await evaluateDirs(REAL_LETTERS, REAL_GOLD, extractPaths);
      expect(report.failed).toEqual([]);
      expect(report.fields.accuracy).toBeGreaterThanOrEqual(REAL_BARS.fields);
      expect(report.entities.overall.f1).toBeGreaterThanOrEqual(REAL_BARS.f1);
      for (const [type, score] of Object.entries(report.entities.byType)) expect.soft(score.f1, type).toBeGreaterThanOrEqual(REAL_BARS.types[type]!);
      expect(report.entities.canonical.accuracy).toBeGreaterThanOrEqual(REAL_BARS.canonical);
    },
    60_000,
  );
});
