// Exports of what is on screen: the picture as PNG, the filtered graph as GEXF.
import { downloadAsPNG } from '@sigma/export-image';
import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf/browser';
import type Sigma from 'sigma';
import { formatGexfEdge, formatGexfNode } from '../../src/export/gexfFormat.js';
import type { EdgeAttributes, GraphAttributes, LetterGraph, NodeAttributes } from '../../src/graph/types.js';
import type { Visible } from '../../src/graph/view.js';
import { download } from './dom.js';

export function exportPng(sigma: Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>): Promise<void> {
  return downloadAsPNG(sigma as unknown as Sigma, { fileName: 'lettergraph', backgroundColor: '#ffffff' });
}

export function filteredGexf(graph: LetterGraph, visible: Visible): string {
  const sub = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const node of visible.nodes) sub.addNode(node, graph.getNodeAttributes(node));
  for (const edge of visible.edges) sub.addDirectedEdgeWithKey(edge, graph.source(edge), graph.target(edge), graph.getEdgeAttributes(edge));
  return write(sub, { formatNode: formatGexfNode, formatEdge: formatGexfEdge });
}

export function exportGexf(graph: LetterGraph, visible: Visible): void {
  download('lettergraph.gexf', new Blob([filteredGexf(graph, visible)], { type: 'application/xml' }));
}
