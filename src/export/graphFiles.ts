// Writes a built letter graph to disk: graph.json (graphology serialisation, read by the viewer)
// and graph.gexf (for Gephi).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { write as writeGexf } from 'graphology-gexf';
import type { LetterGraph } from '../graph/types.js';
import { formatGexfEdge, formatGexfNode } from './gexfFormat.js';

export function toGexf(graph: LetterGraph): string {
  return writeGexf(graph, { formatNode: formatGexfNode, formatEdge: formatGexfEdge });
}

export async function writeGraphFiles(graph: LetterGraph, outDir: string): Promise<{ json: string; gexf: string }> {
  await mkdir(outDir, { recursive: true });
  const json = join(outDir, 'graph.json');
  const gexf = join(outDir, 'graph.gexf');
  await writeFile(json, JSON.stringify(graph.export()));
  await writeFile(gexf, toGexf(graph));
  return { json, gexf };
}
