// The viewer's side of viewerFiles.ts: graph.json back into a letter graph (edge keys and sizes
// rebuilt, aliases/letters/evidence empty), then details.json merged into it. Nodes and edges are
// separate steps because adding 100,000 edges to graphology takes longer than a first paint of
// the nodes. No Node APIs: the viewer bundles this.
import { MultiDirectedGraph } from 'graphology';
import { edgeKey, edgeSize, nodeKey } from '../graph/keys.js';
import type { EdgeAttributes, GraphAttributes, GraphDetails, LetterGraph, NodeAttributes, PaintGraph } from '../graph/types.js';
import type { EdgeWalk } from '../graph/view.js';

/** The graph with graph.json's nodes and no edges yet (see addPaintEdges). Throws (graphology's message) on a repeated node. */
export function nodesFromPaint(data: PaintGraph): LetterGraph {
  const { detailsId: _id, ...attributes } = data.attributes;
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
  graph.replaceAttributes(attributes);
  for (const { key, attributes: a } of data.nodes) graph.addNode(key, { ...a, aliases: [] });
  return graph as unknown as LetterGraph;
}

/** Throws (graphology's message) when an edge names a missing node or repeats. */
export function addPaintEdges(graph: LetterGraph, data: PaintGraph): void {
  const colors: Record<string, string> = data.attributes.edgeColors;
  for (const { source, target, attributes: { type, weight } } of data.edges) {
    graph.addDirectedEdgeWithKey(edgeKey(type, source, target), source, target, { type, weight, size: edgeSize(weight), color: colors[type] ?? '#999', evidence: [] });
  }
}

/** graph.json's edges, with the keys addPaintEdges gives them. */
export const paintEdges =
  (data: PaintGraph): EdgeWalk =>
  (visit) => {
    for (const { source, target, attributes: { type } } of data.edges) visit(edgeKey(type, source, target), type, source, target);
  };

/** Puts aliases, letters and evidence on a graph made by graphFromPaint from the same build. */
export function mergeDetails(graph: LetterGraph, details: GraphDetails): void {
  for (const [key, d] of Object.entries(details.nodes)) {
    const a = graph.getNodeAttributes(key);
    a.aliases = d.aliases;
    if (d.letter) a.letter = d.letter;
    if (d.jurisdiction) a.jurisdiction = d.jurisdiction;
  }
  // Edges were added in graph.json's order, which details.json follows.
  let i = 0;
  graph.forEachEdge((_e, a) => {
    a.evidence = (details.edges[i++] ?? []).map((ev) => ({ ...ev, text: ev.text ?? letterText(graph, ev.letterId).slice(ev.start, ev.end) }));
  });
}

function letterText(graph: LetterGraph, letterId: string): string {
  const node = nodeKey('Letter', letterId);
  return (graph.hasNode(node) ? graph.getNodeAttribute(node, 'letter')?.text : undefined) ?? '';
}
