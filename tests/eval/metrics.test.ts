import { describe, expect, it } from 'vitest';
import { scores, zeroCounts } from '../../src/eval/metrics.js';

describe('scores', () => {
  it('computes P/R/F1 from counts', () => {
    const s = scores({ ...zeroCounts(), tp: 2, fp: 1, fn: 1, matchedRequired: 2 });
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo(2 / 3);
  });

  it('leaves undefined sides null and falls back to the other', () => {
    expect(scores(zeroCounts())).toEqual({ precision: null, recall: null, f1: null });
    // No predictions, one required gold item: F1 is the recall, 0.
    expect(scores({ ...zeroCounts(), fn: 1 })).toEqual({ precision: null, recall: 0, f1: 0 });
    // Predictions but nothing required (e.g. only optional Organizations): F1 is the precision.
    expect(scores({ ...zeroCounts(), tp: 1, fp: 3 })).toEqual({ precision: 0.25, recall: null, f1: 0.25 });
  });

  it('is 0, not NaN, when nothing is right', () => {
    expect(scores({ ...zeroCounts(), fp: 2, fn: 2 }).f1).toBe(0);
  });
});
