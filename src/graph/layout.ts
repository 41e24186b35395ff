// Precomputed positions so the viewer paints at once: seeded start, ForceAtlas2 for a fixed
// number of iterations, then noverlap. Same input, same picture.
import fa2Module from 'graphology-layout-forceatlas2';
import noverlapModule from 'graphology-layout-noverlap';
import { UndirectedGraph } from 'graphology';
import type { LetterGraph } from './types.js';
import { seededRandom } from './random.js';

// Both are CommonJS modules typed with an ES default export: under NodeNext the default
// import is module.exports itself, which is the layout function.
const forceAtlas2 = fa2Module as unknown as typeof fa2Module.default;
const noverlap = noverlapModule as unknown as typeof noverlapModule.default;

export type LayoutOptions = { iterations?: number; seed?: number };

const round = (v: number): number => Math.round(v * 100) / 100;

/** Seeded start, ForceAtlas2, noverlap, rounded: on any graph with x, y, size and weight. */
function place<G extends LetterGraph | UndirectedGraph<PlaceAttrs, { weight: number }>>(graph: G, iterations: number, seed: number): void {
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

type PlaceAttrs = { x: number; y: number; size: number };

/** Positions for the whole graph (x, y) and, separately, for the policy–agency view (px, py): that
 * view shows only agencies and policies linked by ISSUED or co-mention, and laid out with the rest of
 * the graph they would sit far apart, their labels on top of each other. */
export function layoutGraph(graph: LetterGraph, { iterations = 400, seed = 1 }: LayoutOptions = {}): void {
  place(graph, iterations, seed);
  const policy = new UndirectedGraph<PlaceAttrs, { weight: number }>();
  graph.forEachEdge((_e, a, source, target, s, t) => {
    if (a.type !== 'ISSUED' && a.type !== 'CO_MENTIONED') return;
    for (const [node, attrs] of [[source, s], [target, t]] as const) policy.mergeNode(node, { x: 0, y: 0, size: attrs.size });
    policy.updateEdge(source, target, (e) => ({ weight: (e.weight ?? 0) + a.weight }));
  });
  place(policy, iterations, seed);
  policy.forEachNode((node, { x, y }) => graph.mergeNodeAttributes(node, { px: x, py: y }));
}
