// The viewer's side of viewerFiles.ts: graph.json back into a letter graph (edge keys and sizes
// rebuilt, aliases/letters/evidence empty), then details.json merged into it. Nodes, edges and
// details are separate steps, and edges and details go in by ranges, so the page can paint the
// nodes first and add the rest between frames. graph.json's edges travel as typed arrays (see
// edgeArrays), which a worker hands to the page without copying. No Node APIs: the viewer bundles this.
import { MultiDirectedGraph } from 'graphology';
import { edgeKey, edgeSize, nodeKey } from '../graph/keys.js';
import type { EdgeAttributes, EdgeEvidence, EdgeType, GraphAttributes, NodeType, GraphDetails, LetterGraph, NodeAttributes, PaintGraph, StoredEvidence } from '../graph/types.js';
import type { EdgeWalk } from '../graph/view.js';

/** graph.json's nodes as columns, in its order: a worker hands these to the page far faster than
 * 20,000 objects (numbers in typed arrays; types and colours as indices into short lists). */
export type NodeColumns = {
  keys: string[];
  labels: string[];
  typeNames: NodeType[];
  type: Uint8Array;
  colorNames: string[];
  color: Uint16Array;
  x: Float64Array;
  y: Float64Array;
  size: Float64Array;
  /** The policy-view position; NaN where the node has none. */
  px: Float64Array;
  py: Float64Array;
};

export function nodeColumns(nodes: PaintGraph['nodes']): NodeColumns {
  const n = nodes.length;
  const typeNames: NodeType[] = [];
  const colorNames: string[] = [];
  const indexIn = <T>(list: T[], value: T) => {
    const i = list.indexOf(value);
    return i >= 0 ? i : list.push(value) - 1;
  };
  const out: NodeColumns = { keys: [], labels: [], typeNames, type: new Uint8Array(n), colorNames, color: new Uint16Array(n), x: new Float64Array(n), y: new Float64Array(n), size: new Float64Array(n), px: new Float64Array(n), py: new Float64Array(n) };
  nodes.forEach(({ key, attributes: a }, i) => {
    out.keys.push(key);
    out.labels.push(a.label);
    out.type[i] = indexIn(typeNames, a.type);
    out.color[i] = indexIn(colorNames, a.color);
    out.x[i] = a.x;
    out.y[i] = a.y;
    out.size[i] = a.size;
    out.px[i] = a.px ?? NaN;
    out.py[i] = a.py ?? NaN;
  });
  return out;
}

/** A letter graph with graph.json's attributes and no nodes yet (see addNodeColumns). */
export function emptyLetterGraph(graphAttributes: PaintGraph['attributes']): LetterGraph {
  const { detailsId: _id, ...attributes } = graphAttributes;
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
  graph.replaceAttributes(attributes);
  return graph as unknown as LetterGraph;
}

/** Adds nodes `from` to `to` (exclusive) of graph.json's. Throws (graphology's message) on a repeated node. */
export function addNodeColumns(graph: LetterGraph, c: NodeColumns, from = 0, to = c.keys.length): void {
  for (let i = from; i < to; i++) {
    const policyXY = Number.isNaN(c.px[i]) ? {} : { px: c.px[i]!, py: c.py[i]! };
    graph.addNode(c.keys[i]!, { type: c.typeNames[c.type[i]!]!, label: c.labels[i]!, x: c.x[i]!, y: c.y[i]!, size: c.size[i]!, color: c.colorNames[c.color[i]!]!, ...policyXY, aliases: [] });
  }
}

/** The graph with graph.json's nodes and no edges yet (see addEdgeArrays). */
export function nodesFromColumns(graphAttributes: PaintGraph['attributes'], c: NodeColumns): LetterGraph {
  const graph = emptyLetterGraph(graphAttributes);
  addNodeColumns(graph, c);
  return graph;
}

export const nodesFromPaint = (data: PaintGraph): LetterGraph => nodesFromColumns(data.attributes, nodeColumns(data.nodes));

/** graph.json's edges in its order: ends as indices into its node list, types as indices into `types`. */
export type EdgeArrays = { types: EdgeType[]; source: Uint32Array; target: Uint32Array; type: Uint8Array; weight: Float64Array };

/** graph.json's edges as arrays (its nodes and edges already checked: every end is one of its nodes). */
export function edgeArrays(data: PaintGraph): EdgeArrays {
  const index = new Map(data.nodes.map((n, i) => [n.key, i]));
  const types = Object.keys(data.attributes.edgeColors) as EdgeType[];
  const typeIndex = new Map(types.map((t, i) => [t, i]));
  const n = data.edges.length;
  const out: EdgeArrays = { types, source: new Uint32Array(n), target: new Uint32Array(n), type: new Uint8Array(n), weight: new Float64Array(n) };
  data.edges.forEach(({ source, target, attributes: a }, i) => {
    out.source[i] = index.get(source)!;
    out.target[i] = index.get(target)!;
    out.type[i] = typeIndex.get(a.type)!;
    out.weight[i] = a.weight;
  });
  return out;
}

/** The edges' keys, in graph.json's order; `nodes`: its node keys in its order. */
export function edgeKeys(nodes: readonly string[], e: EdgeArrays): string[] {
  return Array.from(e.source, (s, i) => edgeKey(e.types[e.type[i]!]!, nodes[s]!, nodes[e.target[i]!]!));
}

/** Adds edges `from` to `to` (exclusive) of graph.json's. Throws (graphology's message) when an edge repeats. */
export function addEdgeArrays(graph: LetterGraph, nodes: readonly string[], e: EdgeArrays, keys: readonly string[], from = 0, to = keys.length): void {
  const colors: Record<string, string> = graph.getAttribute('edgeColors');
  for (let i = from; i < to; i++) {
    const type = e.types[e.type[i]!]!;
    const weight = e.weight[i]!;
    graph.addDirectedEdgeWithKey(keys[i]!, nodes[e.source[i]!]!, nodes[e.target[i]!]!, { type, weight, size: edgeSize(weight), color: colors[type] ?? '#999', evidence: [] });
  }
}

/** graph.json's edges, with the keys addEdgeArrays gives them. */
export const arrayEdges =
  (nodes: readonly string[], e: EdgeArrays, keys: readonly string[]): EdgeWalk =>
  (visit) => {
    for (let i = 0; i < keys.length; i++) visit(keys[i]!, e.types[e.type[i]!]!, nodes[e.source[i]!]!, nodes[e.target[i]!]!);
  };

export type NodeDetails = GraphDetails['nodes'][string];

/** Puts aliases, letters and jurisdictions on the graph's nodes. */
export function mergeNodeDetails(graph: LetterGraph, nodes: [key: string, details: NodeDetails][]): void {
  for (const [key, d] of nodes) {
    const a = graph.getNodeAttributes(key);
    a.aliases = d.aliases;
    if (d.letter) a.letter = d.letter;
    if (d.jurisdiction) a.jurisdiction = d.jurisdiction;
  }
}

/** details.json's evidence lists for a run of edges, as typed arrays: a worker posts these far faster
 * than 100,000 small objects, which the page would take in one property at a time (≈3× the time of
 * making them again from the arrays). What little else an evidence holds (its own sentence text, fund
 * figures) travels as it is. */
export type EvidenceColumns = {
  /** Evidence per edge; the rest are per evidence, edge after edge. */
  counts: Uint32Array;
  start: Uint32Array;
  end: Uint32Array;
  /** -1 where there is no mention span. */
  mentionStart: Int32Array;
  mentionEnd: Int32Array;
  /** 1 where the evidence has an empty list of fund figures (as every mention without any has). */
  noAmounts: Uint8Array;
  /** Indices into letterIds. */
  letter: Uint32Array;
  letterIds: string[];
  /** By position among the evidence: its other fields (fund figures, its own sentence text). */
  extras: [at: number, rest: Omit<StoredEvidence, 'start' | 'end' | 'letterId' | 'mention'>][];
};

export function evidenceColumns(lists: StoredEvidence[][]): EvidenceColumns {
  const total = lists.reduce((n, list) => n + list.length, 0);
  const c: EvidenceColumns = { counts: new Uint32Array(lists.length), start: new Uint32Array(total), end: new Uint32Array(total), mentionStart: new Int32Array(total), mentionEnd: new Int32Array(total), noAmounts: new Uint8Array(total), letter: new Uint32Array(total), letterIds: [], extras: [] };
  const letterIndex = new Map<string, number>();
  let at = 0;
  lists.forEach((list, i) => {
    c.counts[i] = list.length;
    for (const { start, end, letterId, mention, ...rest } of list) {
      c.start[at] = start;
      c.end[at] = end;
      c.mentionStart[at] = mention ? mention.start : -1;
      c.mentionEnd[at] = mention ? mention.end : -1;
      if (rest.amounts?.length === 0) {
        c.noAmounts[at] = 1;
        delete rest.amounts;
      }
      let l = letterIndex.get(letterId);
      if (l === undefined) letterIndex.set(letterId, (l = c.letterIds.push(letterId) - 1));
      c.letter[at] = l;
      if (Object.keys(rest).length) c.extras.push([at, rest]);
      at++;
    }
  });
  return c;
}

/** The evidence lists evidenceColumns was given. */
export function evidenceLists(c: EvidenceColumns): StoredEvidence[][] {
  const extras = new Map(c.extras);
  const lists: StoredEvidence[][] = [];
  let at = 0;
  for (const count of c.counts) {
    const list: StoredEvidence[] = [];
    for (const stop = at + count; at < stop; at++) {
      const ev: StoredEvidence = { start: c.start[at]!, end: c.end[at]!, letterId: c.letterIds[c.letter[at]!]! };
      if (c.mentionStart[at]! >= 0) ev.mention = { start: c.mentionStart[at]!, end: c.mentionEnd[at]! };
      if (c.noAmounts[at]) ev.amounts = [];
      list.push(extras.has(at) ? { ...ev, ...extras.get(at) } : ev);
    }
    lists.push(list);
  }
  return lists;
}

/** Puts details.json's evidence on edges `from` onwards of graph.json's (`keys`: see edgeKeys), each
 * sentence's text read from its letter's text where not stored (so the letters must be merged first).
 * Fills in the given objects rather than copying 100,000 of them. */
export function mergeEvidence(graph: LetterGraph, keys: readonly string[], from: number, evidence: StoredEvidence[][]): void {
  evidence.forEach((list, i) => {
    for (const ev of list) ev.text ??= letterText(graph, ev.letterId).slice(ev.start, ev.end);
    graph.getEdgeAttributes(keys[from + i]!).evidence = list as EdgeEvidence[];
  });
}

function letterText(graph: LetterGraph, letterId: string): string {
  const node = nodeKey('Letter', letterId);
  return (graph.hasNode(node) ? graph.getNodeAttribute(node, 'letter')?.text : undefined) ?? '';
}
