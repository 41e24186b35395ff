import { describe, expect, it } from 'vitest';
import { scoreEntities } from '../../src/eval/entities.js';
import { scores } from '../../src/eval/metrics.js';
import { g, p } from './helpers.js';

describe('scoreEntities', () => {
  it('2 TP, 1 FP, 1 FN gives P = R = F1 = 2/3', () => {
    const gold = [g('Fund', '种子基金', ['种子投资基金']), g('Fund', '市自然科学基金'), g('Fund', '重庆科技成果转化股权投资基金')];
    const pred = [p('Fund', '种子投资基金'), p('Fund', '《市自然科学基金》'), p('Fund', '产业基金')];
    const out = scoreEntities(pred, gold);
    expect(out.counts.Fund).toEqual({ tp: 2, fp: 1, duplicates: 0, fn: 1, matchedRequired: 2 });
    const s = scores(out.counts.Fund);
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo(2 / 3);
    expect(out.missed.map((m) => m.name)).toEqual(['重庆科技成果转化股权投资基金']);
    expect(out.falsePositives).toEqual([{ type: 'Fund', name: '产业基金' }]);
  });

  it('a match to an optional gold entity is a hit for precision but not counted for recall', () => {
    const gold = [g('Organization', '重庆大学', [], false), g('Policy', '新重庆引才计划', [], false)];
    const out = scoreEntities([p('Organization', '重庆大学'), p('Policy', '新重庆引才计划')], gold);
    expect(out.counts.Organization).toEqual({ tp: 1, fp: 0, duplicates: 0, fn: 0, matchedRequired: 0 });
    expect(out.counts.Policy.tp).toBe(1);
    expect(scores(out.counts.Organization)).toEqual({ precision: 1, recall: null, f1: 1 });
    // Missing an optional entity costs nothing.
    expect(scoreEntities([], gold).counts.Organization).toEqual({ tp: 0, fp: 0, duplicates: 0, fn: 0, matchedRequired: 0 });
  });

  it('counts a second prediction of the same gold entity as a duplicate false positive', () => {
    const gold = [g('Agency', '重庆市科学技术局', ['市科技局'])];
    const out = scoreEntities([p('Agency', '重庆市科学技术局'), p('Agency', '市科技局')], gold);
    expect(out.counts.Agency).toEqual({ tp: 1, fp: 1, duplicates: 1, fn: 0, matchedRequired: 1 });
    expect(out.falsePositives).toEqual([{ type: 'Agency', name: '市科技局', duplicateOf: '重庆市科学技术局' }]);
  });

  it('matches only within the same type', () => {
    const out = scoreEntities([p('Platform', '种子基金')], [g('Fund', '种子基金')]);
    expect(out.counts.Platform.fp).toBe(1);
    expect(out.counts.Fund.fn).toBe(1);
  });

  it('gives a prediction matching both a required and an optional entity to the required one', () => {
    const gold = [g('Platform', '明月湖', [], false), g('Platform', '明月湖实验室', ['明月湖'])];
    const out = scoreEntities([p('Platform', '明月湖')], gold);
    expect(out.counts.Platform).toEqual({ tp: 1, fp: 0, duplicates: 0, fn: 0, matchedRequired: 1 });
  });

  it('matches across dash widths, full-width brackets and quotes', () => {
    const gold = [g('Policy', '重庆市高质量孵化载体建设实施方案(2021—2025年)')];
    const out = scoreEntities([p('Policy', '《重庆市高质量孵化载体建设实施方案（2021-2025年）》')], gold);
    expect(out.counts.Policy.tp).toBe(1);
    expect(out.counts.Policy.fn).toBe(0);
  });
});
