// Precomputed positions so the viewer paints at once: seeded start, ForceAtlas2 for a fixed
// number of iterations, then noverlap. Same input, same picture.
import fa2Module from 'graphology-layout-forceatlas2';
import noverlapModule from 'graphology-layout-noverlap';
import type { LetterGraph } from './types.js';
import { seededRandom } from './random.js';

// Both are CommonJS modules typed with an ES default export: under NodeNext the default
// import is module.exports itself, which is the layout function.
const forceAtlas2 = fa2Module as unknown as typeof fa2Module.default;
const noverlap = noverlapModule as unknown as typeof noverlapModule.default;

export type LayoutOptions = { iterations?: number; seed?: number };

const round = (v: number): number => Math.round(v * 100) / 100;

export function layoutGraph(graph: LetterGraph, { iterations = 400, seed = 1 }: LayoutOptions = {}): void {
  const rand = seededRandom(seed);
  graph.forEachNode((node) => graph.mergeNodeAttributes(node, { x: rand() * 1000, y: rand() * 1000 }));
  if (graph.order < 2) return;
  forceAtlas2.assign(graph, {
    iterations,
    getEdgeWeight: 'weight',
    settings: { ...forceAtlas2.inferSettings(graph), adjustSizes: false, scalingRatio: 8 },
  });
  noverlap.assign(graph, { maxIterations: 200, settings: { margin: 2, ratio: 1.5 } });
  graph.forEachNode((node, { x, y }) => graph.mergeNodeAttributes(node, { x: round(x), y: round(y) }));
}
