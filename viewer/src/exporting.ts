// Exports of what is on screen: the picture as PNG, the filtered graph as GEXF.
import { downloadAsPNG } from '@sigma/export-image';
import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf/browser';
import type Sigma from 'sigma';
import { letterGexf } from '../../src/export/gexfFormat.js';
import type { EdgeAttributes, GraphAttributes, LetterGraph, NodeAttributes } from '../../src/graph/types.js';
import type { Visible } from '../../src/graph/view.js';
import { download } from './dom.js';

export function exportPng(sigma: Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>): Promise<void> {
  return downloadAsPNG(sigma as unknown as Sigma, { fileName: 'lettergraph', backgroundColor: '#ffffff' });
}

/** `letters`: edge → the letters it rests on, from the whole graph (a filtered one may lack the letters of a PROPOSED link). */
export function filteredGexf(graph: LetterGraph, visible: Visible, letters: ReadonlyMap<string, readonly string[]>): string {
  const sub = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const node of visible.nodes) sub.addNode(node, graph.getNodeAttributes(node));
  for (const edge of visible.edges) sub.addDirectedEdgeWithKey(edge, graph.source(edge), graph.target(edge), graph.getEdgeAttributes(edge));
  return letterGexf(write, sub as unknown as LetterGraph, letters);
}

export function exportGexf(graph: LetterGraph, visible: Visible, letters: ReadonlyMap<string, readonly string[]>): void {
  download('lettergraph.gexf', new Blob([filteredGexf(graph, visible, letters)], { type: 'application/xml' }));
}
