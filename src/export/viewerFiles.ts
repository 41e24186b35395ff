// The letter graph as the files the viewer reads. graph.json holds what the first paint needs
// (a graphology serialisation: nodes with type, label, position, size and colour; edges with type
// and weight), paint.json the same as columns, which the viewer reads instead (see paintFile.ts);
// details.json holds what the panel needs (aliases, letters, evidence sentences) and
// is fetched after the first render. Edges carry no key in graph.json: the key is
// edgeKey(type, source, target), and details.json lists evidence in graph.json's edge order,
// leaving out sentence texts that the letter's own text holds.
import { createHash } from 'node:crypto';
import { paintFile } from './paintFile.js';
import type { EdgeEvidence, GraphDetails, LetterGraph, PaintEdge, PaintGraph, PaintNode, StoredEvidence } from '../graph/types.js';

export type ViewerFiles = { graph: string; paint: string; details: string };

export function viewerFiles(graph: LetterGraph): ViewerFiles {
  const details: Omit<GraphDetails, 'id'> = { nodes: {}, edges: [] };
  const texts = new Map<string, string>();
  graph.forEachNode((_n, a) => {
    if (a.letter) texts.set(a.letter.id, a.letter.text);
  });
  const stored = (ev: EdgeEvidence): StoredEvidence => {
    if (texts.get(ev.letterId)?.slice(ev.start, ev.end) !== ev.text) return ev;
    const { text: _text, ...rest } = ev;
    return rest;
  };
  const nodes = graph.mapNodes((key, a): { key: string; attributes: PaintNode } => {
    if (a.aliases.length || a.letter || a.jurisdiction) {
      details.nodes[key] = { aliases: a.aliases, ...(a.letter && { letter: a.letter }), ...(a.jurisdiction && { jurisdiction: a.jurisdiction }) };
    }
    const policyXY = a.px === undefined ? {} : { px: a.px, py: a.py };
    return { key, attributes: { type: a.type, label: a.label, x: a.x, y: a.y, size: a.size, color: a.color, ...policyXY } };
  });
  const edges = graph.mapEdges((_key, a, source, target): { source: string; target: string; attributes: PaintEdge } => {
    details.edges.push(a.evidence.map(stored));
    return { source, target, attributes: { type: a.type, weight: a.weight } };
  });
  const detailsBody = JSON.stringify(details);
  // Ties the two files together, so the viewer never joins details to a graph from another build.
  const id = createHash('sha256').update(detailsBody).digest('hex').slice(0, 16);
  const paint: PaintGraph = {
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes: { ...graph.getAttributes(), detailsId: id },
    nodes,
    edges,
  };
  return { graph: JSON.stringify(paint), paint: paintFile(paint), details: `{"id":${JSON.stringify(id)},${detailsBody.slice(1)}` };
}
