// Node metrics for the viewer's styling and tables: degree, weighted degree (evidence count), PageRank
// and Louvain communities, from graphology-metrics and graphology-communities-louvain. Links are read
// undirected, parallel links merged with their weights summed. Pure and seeded: the viewer runs it
// in a worker, and the same graph always gives the same communities.
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import { seededRandom } from './random.js';

// CommonJS modules typed with an ES default export. The default import is module.exports (the
// function) both in Node and in the viewer's bundle; only its type differs (NodeNext types it as the
// module, the bundler's resolution as the function).
type Unwrapped<M> = M extends { default: infer D } ? D : M;
const cjs = <M>(m: M) => m as unknown as Unwrapped<M>;
const louvain = cjs(louvainModule);
const pagerank = cjs(pagerankModule);

/** Nodes by index; each link as two node indices and a weight. */
export type MetricsInput = { nodes: string[]; sources: Uint32Array; targets: Uint32Array; weights: Float64Array };
/** One value per node, in the input's order. */
export type Metrics = { degree: Float64Array; weightedDegree: Float64Array; pagerank: Float64Array; community: Float64Array; communities: number };

export const METRICS = ['degree', 'weightedDegree', 'pagerank', 'community'] as const;
export type MetricName = (typeof METRICS)[number];

export function computeMetrics({ nodes, sources, targets, weights }: MetricsInput): Metrics {
  const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (const node of nodes) graph.addNode(node);
  for (let i = 0; i < sources.length; i++) {
    const a = nodes[sources[i]!]!;
    const b = nodes[targets[i]!]!;
    if (a === b) continue;
    const edge = graph.edge(a, b);
    if (edge === undefined) graph.addEdge(a, b, { weight: weights[i]! });
    else graph.updateEdgeAttribute(edge, 'weight', (w) => (w ?? 0) + weights[i]!);
  }
  const n = nodes.length;
  const out: Metrics = { degree: new Float64Array(n), weightedDegree: new Float64Array(n), pagerank: new Float64Array(n), community: new Float64Array(n), communities: 0 };
  const ranks = graph.size ? pagerank(graph, { getEdgeWeight: 'weight' }) : {};
  const detailed = graph.size ? louvain.detailed(graph, { getEdgeWeight: 'weight', rng: seededRandom(1) }) : null;
  nodes.forEach((node, i) => {
    out.degree[i] = graph.degree(node);
    let w = 0;
    graph.forEachEdge(node, (_e, a) => (w += a.weight));
    out.weightedDegree[i] = w;
    out.pagerank[i] = ranks[node] ?? 1 / n;
    out.community[i] = detailed?.communities[node] ?? i;
  });
  out.communities = detailed?.count ?? n;
  return out;
}
