import { describe, expect, it } from 'vitest';
import { belowBar, scoreLetter, summarize } from '../../src/eval/score.js';
import { g, goldFile, p, prediction } from './helpers.js';

describe('summarize', () => {
  const gold = goldFile({
    entities: [g('Agency', '重庆市科学技术局', ['市科技局']), g('Agency', '重庆市财政局', ['市财政局']), g('Fund', '种子基金')],
  });

  it('sums counts over letters and types (micro average)', () => {
    const a = scoreLetter(gold, prediction({ entities: [p('Agency', '市科技局'), p('Fund', '种子基金')] }));
    const b = scoreLetter(gold, prediction({ entities: [p('Agency', '市科技局'), p('Agency', '市财政局'), p('Fund', '产业基金')] }));
    const report = summarize([a, b]);
    expect(report.entities.byType.Agency).toMatchObject({ tp: 3, fp: 0, fn: 1, precision: 1, recall: 0.75 });
    expect(report.entities.byType.Fund).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5 });
    expect(report.entities.overall).toMatchObject({ tp: 4, fp: 1, fn: 2 });
    expect(report.entities.overall.precision).toBeCloseTo(0.8);
    expect(report.entities.overall.recall).toBeCloseTo(4 / 6);
    expect(report.entities.byType.Person.f1).toBeNull();
    expect(report.fields).toMatchObject({ correct: 42, total: 42, accuracy: 1 });
  });

  it('scores a failed letter as all missed and lists it', () => {
    const report = summarize([scoreLetter(gold, { error: 'cannot decode' })]);
    expect(report.entities.overall).toMatchObject({ tp: 0, fp: 0, fn: 3, recall: 0, f1: 0 });
    expect(report.fields.accuracy).toBe(0);
    expect(report.failed).toEqual([{ source: 'a.txt', error: 'cannot decode' }]);
  });

  it('checks the bar on overall and per-type F1, skipping types with nothing, and on fields', () => {
    const report = summarize([scoreLetter(gold, prediction({ entities: [p('Agency', '市科技局'), p('Agency', '市财政局')] }))]);
    // Agency F1 = 1, Fund F1 = 0 (missed), overall P = 1, R = 2/3.
    expect(belowBar(report, {})).toEqual([]);
    expect(belowBar(report, { minF1: 0.5 })).toEqual(['Fund F1 0.000 < 0.5']);
    expect(belowBar(report, { minF1: 1.01 })).toHaveLength(3);
    expect(belowBar(report, { minFields: 1 })).toEqual([]);
    expect(belowBar(report, { minFields: 1.01 })).toEqual(['fields accuracy 1.000 < 1.01']);
  });
});
