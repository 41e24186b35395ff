import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../src/graph/metrics.js';

// Two triangles joined by one link: 0-1-2 and 3-4-5, bridge 2-3; 0-1 stated twice (weight 2 + 1).
const nodes = ['a', 'b', 'c', 'd', 'e', 'f'];
const links: [number, number, number][] = [[0, 1, 2], [1, 0, 1], [1, 2, 1], [0, 2, 1], [2, 3, 1], [3, 4, 1], [4, 5, 1], [3, 5, 1]];
const input = {
  nodes,
  sources: Uint32Array.from(links.map((l) => l[0])),
  targets: Uint32Array.from(links.map((l) => l[1])),
  weights: Float64Array.from(links.map((l) => l[2])),
};

describe('computeMetrics', () => {
  const m = computeMetrics(input);

  it('counts neighbours and sums weights, merging parallel links', () => {
    expect([...m.degree]).toEqual([2, 2, 3, 3, 2, 2]);
    expect([...m.weightedDegree]).toEqual([4, 4, 3, 3, 2, 2]);
  });

  it('ranks the bridge ends highest and sums PageRank to 1', () => {
    expect(m.pagerank.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(m.pagerank[2]).toBeGreaterThan(m.pagerank[4]!);
  });

  it('finds the two triangles as communities, the same on every run', () => {
    expect(m.communities).toBe(2);
    expect(m.community[0]).toBe(m.community[1]);
    expect(m.community[0]).toBe(m.community[2]);
    expect(m.community[3]).toBe(m.community[5]);
    expect(m.community[0]).not.toBe(m.community[3]);
    expect([...computeMetrics(input).community]).toEqual([...m.community]);
  });
});
