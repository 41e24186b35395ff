import { describe, expect, it } from 'vitest';
import { scoreRelations } from '../../src/eval/relations.js';
import { g, p, rel } from './helpers.js';

describe('scoreRelations', () => {
  const goldEntities = [g('Agency', '重庆市人力资源和社会保障局', ['市人力社保局']), g('Fund', '种子基金', ['种子引导基金'])];
  const gold = [
    { type: 'ISSUED' as const, from: '重庆市人力资源和社会保障局', to: '重庆市技术经纪人职称申报条件', required: true },
    { type: 'MANAGES' as const, from: '重庆市科学技术局', to: '种子基金', required: false },
  ];

  it('matches endpoints through entity aliases and separates required recall', () => {
    const pred = [rel('ISSUED', '市人力社保局', '《重庆市技术经纪人职称申报条件》'), rel('MANAGES', '重庆市科学技术局', '种子引导基金')];
    const out = scoreRelations(pred, [], gold, goldEntities);
    expect(out.counts.ISSUED).toEqual({ tp: 1, fp: 0, duplicates: 0, fn: 0, matchedRequired: 1 });
    expect(out.counts.MANAGES).toEqual({ tp: 1, fp: 0, duplicates: 0, fn: 0, matchedRequired: 0 });
  });

  it('uses the predicted entity aliases too, and counts wrong direction as a false positive', () => {
    const predEntities = [p('Agency', '人社局', ['重庆市人力资源和社会保障局'])];
    const pred = [rel('ISSUED', '人社局', '重庆市技术经纪人职称申报条件'), rel('ISSUED', '重庆市技术经纪人职称申报条件', '人社局')];
    const out = scoreRelations(pred, predEntities, gold, goldEntities);
    expect(out.counts.ISSUED).toEqual({ tp: 1, fp: 1, duplicates: 0, fn: 0, matchedRequired: 1 });
    expect(out.falsePositives).toEqual([{ type: 'ISSUED', from: '重庆市技术经纪人职称申报条件', to: '人社局' }]);
  });

  it('reports a required relation nobody predicted as missed', () => {
    const out = scoreRelations([], [], gold, goldEntities);
    expect(out.counts.ISSUED.fn).toBe(1);
    expect(out.counts.MANAGES.fn).toBe(0);
    expect(out.missed).toEqual([{ type: 'ISSUED', from: '重庆市人力资源和社会保障局', to: '重庆市技术经纪人职称申报条件' }]);
  });
});
