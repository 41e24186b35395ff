// Writes a built letter graph to disk: graph.json, paint.json and details.json (read by the viewer,
// see viewerFiles.ts) and graph.gexf (for Gephi, with every scalar attribute).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { write as writeGexf } from 'graphology-gexf';
import type { LetterGraph } from '../graph/types.js';
import { edgeLetters } from '../graph/view.js';
import { letterGexf } from './gexfFormat.js';
import { viewerFiles } from './viewerFiles.js';

export function toGexf(graph: LetterGraph): string {
  return letterGexf(writeGexf, graph, edgeLetters(graph));
}

/** details.json and paint.json sit beside graph.json: `serve --graph` finds them there. */
export function detailsPathFor(graphPath: string): string {
  return join(graphPath, '..', 'details.json');
}

export function paintPathFor(graphPath: string): string {
  return join(graphPath, '..', 'paint.json');
}

export async function writeGraphFiles(graph: LetterGraph, outDir: string): Promise<{ json: string; paint: string; details: string; gexf: string }> {
  await mkdir(outDir, { recursive: true });
  const json = join(outDir, 'graph.json');
  const paint = paintPathFor(json);
  const details = detailsPathFor(json);
  const gexf = join(outDir, 'graph.gexf');
  const files = viewerFiles(graph);
  await writeFile(json, files.graph);
  await writeFile(paint, files.paint);
  await writeFile(details, files.details);
  await writeFile(gexf, toGexf(graph));
  return { json, paint, details, gexf };
}
