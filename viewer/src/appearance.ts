// Size and colour by attribute: by type (the build's sizes and colours), by a metric, or by
// community, province or year, with the legend's categories following. Metrics come from the
// metrics worker once the edges are in.
import type { Metrics, MetricsInput } from '../../src/graph/metrics.js';
import type { LetterGraph } from '../../src/graph/types.js';
import { byId, el } from './dom.js';

export const SIZE_BY = { type: 'type (links)', degree: 'degree', weightedDegree: 'weighted degree', pagerank: 'PageRank' } as const;
export const COLOR_BY = { type: 'type', community: 'community (Louvain)', province: 'province', year: 'year' } as const;
export type SizeBy = keyof typeof SIZE_BY;
export type ColorBy = keyof typeof COLOR_BY;

/** Categories beyond these share one colour. */
const CATEGORY_COLORS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#86bcb6', '#d37295'];
const OTHER = '#bab0ac';
const NO_VALUE = '#d9dde5';
const MIN_SIZE = 3;
const MAX_SIZE = 16;

export type NodeMetrics = { index: Map<string, number>; metrics: Metrics };

export type Style = {
  size: ((node: string) => number) | null;
  color: ((node: string) => string) | null;
  /** The colour legend's categories (none when colouring by type, which the type legend shows). */
  categories: { label: string; color: string; nodes: Set<string> }[];
};

export function metricsInput(graph: LetterGraph): MetricsInput {
  const nodes = graph.nodes();
  const index = new Map(nodes.map((n, i) => [n, i]));
  const sources = new Uint32Array(graph.size);
  const targets = new Uint32Array(graph.size);
  const weights = new Float64Array(graph.size);
  let i = 0;
  graph.forEachEdge((_e, a, s, t) => {
    sources[i] = index.get(s)!;
    targets[i] = index.get(t)!;
    weights[i++] = a.weight;
  });
  return { nodes, sources, targets, weights };
}

function categoryOf(graph: LetterGraph, m: NodeMetrics | null, by: ColorBy, node: string): string | null {
  if (by === 'community') {
    const i = m?.index.get(node);
    return i === undefined ? null : `community ${m!.metrics.community[i]}`;
  }
  const letter = graph.getNodeAttribute(node, 'letter');
  if (!letter) return null;
  return by === 'province' ? letter.province : (letter.date?.slice(0, 4) ?? null);
}

export function styleFor(graph: LetterGraph, m: NodeMetrics | null, sizeBy: SizeBy, colorBy: ColorBy): Style {
  let size: Style['size'] = null;
  if (sizeBy !== 'type' && m) {
    const values = m.metrics[sizeBy];
    const max = values.reduce((a, b) => Math.max(a, b), 0) || 1;
    size = (node) => MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt((values[m.index.get(node) ?? -1] ?? 0) / max);
  }
  if (colorBy === 'type') return { size, color: null, categories: [] };
  const byNode = new Map<string, string | null>();
  const counts = new Map<string, number>();
  graph.forEachNode((node) => {
    const c = categoryOf(graph, m, colorBy, node);
    byNode.set(node, c);
    if (c !== null) counts.set(c, (counts.get(c) ?? 0) + 1);
  });
  // Years in order; other categories largest first.
  const ranked = [...counts.keys()].sort((a, b) => (colorBy === 'year' ? a.localeCompare(b) : counts.get(b)! - counts.get(a)! || a.localeCompare(b)));
  const colorOf = new Map(ranked.map((c, i) => [c, CATEGORY_COLORS[i] ?? OTHER]));
  const categories = new Map<string, { label: string; color: string; nodes: Set<string> }>();
  for (const [node, c] of byNode) {
    const color = c === null ? NO_VALUE : colorOf.get(c)!;
    const label = c === null ? (colorBy === 'community' ? 'no community' : 'not a letter, or unknown') : color === OTHER ? 'other' : c;
    if (!categories.has(label)) categories.set(label, { label, color, nodes: new Set() });
    categories.get(label)!.nodes.add(node);
  }
  return { size, color: (node) => { const c = byNode.get(node); return c == null ? NO_VALUE : colorOf.get(c)!; }, categories: [...categories.values()] };
}

export type AppearanceControl = {
  /** Starts the metrics worker; call once the edges are in the graph. */
  computeMetrics(): void;
  metrics(): NodeMetrics | null;
  style(): Style;
  colorTitle(): string | null;
};

/** The size and colour selects; `changed` runs when the style or the metrics change. */
export function wireAppearance(graph: LetterGraph, apply: (s: Style) => void, changed: () => void): AppearanceControl {
  const sizeBy = byId<HTMLSelectElement>('size-by');
  const colorBy = byId<HTMLSelectElement>('color-by');
  const needsMetrics = new Set(['degree', 'weightedDegree', 'pagerank', 'community']);
  sizeBy.replaceChildren(...Object.entries(SIZE_BY).map(([value, text]) => el('option', { text, attrs: { value } })));
  colorBy.replaceChildren(...Object.entries(COLOR_BY).map(([value, text]) => el('option', { text, attrs: { value } })));
  const setReady = (ready: boolean) => {
    for (const option of [...sizeBy.options, ...colorBy.options]) if (needsMetrics.has(option.value)) option.disabled = !ready;
  };
  setReady(false);
  let nodeMetrics: NodeMetrics | null = null;
  let style: Style = { size: null, color: null, categories: [] };
  const restyle = () => {
    style = styleFor(graph, nodeMetrics, sizeBy.value as SizeBy, colorBy.value as ColorBy);
    apply(style);
    changed();
  };
  sizeBy.addEventListener('change', restyle);
  colorBy.addEventListener('change', restyle);
  return {
    computeMetrics() {
      const input = metricsInput(graph);
      const worker = new Worker(new URL('./metricsWorker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = ({ data }: MessageEvent<Metrics>) => {
        nodeMetrics = { index: new Map(input.nodes.map((n, i) => [n, i])), metrics: data };
        worker.terminate();
        setReady(true);
        document.body.dataset.metrics = 'ready';
        // Redraw only when the chosen style reads the metrics (a redraw of a large graph is costly).
        if (needsMetrics.has(sizeBy.value) || needsMetrics.has(colorBy.value)) restyle();
        else changed();
      };
      worker.postMessage(input, [input.sources.buffer, input.targets.buffer, input.weights.buffer]);
    },
    metrics: () => nodeMetrics,
    style: () => style,
    colorTitle: () => (colorBy.value === 'type' ? null : COLOR_BY[colorBy.value as ColorBy]),
  };
}
