// The quality bar, as a test: extraction scored against the bundled gold files.
// The samples carry the bar; our own letters from other bodies and provinces
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

// The shared real corpus (../shared, beside the clone in CI): entity bars at what extraction
// reaches on it, letters rejected by the letter gate counting as all missed.
const REAL = { letters: '../shared/corpus/real', gold: '../shared/gold/real' };
const haveReal = existsSync(REAL.letters) && existsSync(REAL.gold);
if (!haveReal) console.warn(`quality: ${REAL.letters} is absent, the real-corpus bar is skipped`);

describe.skipIf(!haveReal)('shared real letters', () => {
  it('keeps entity F1, each type’s F1 and canonical names at their bars', async () => {
    const report = await evaluateDirs(REAL.letters, REAL.gold, extractPaths);
    expect(report.entities.overall.f1).toBeGreaterThanOrEqual(0.76);
    const bars: Record<string, number> = { Agency: 0.78, Policy: 0.86, Fund: 0.78, Platform: 0.75, Person: 0.71, Organization: 0.55 };
    for (const [type, score] of Object.entries(report.entities.byType)) expect.soft(score.f1, type).toBeGreaterThanOrEqual(bars[type]!);
    expect(report.entities.canonical.accuracy).toBeGreaterThanOrEqual(0.93);
  });
});
