// Fetches graph.json and checks it is a lettergraph graph, turning every way it can fail
// into one sentence for the page.
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, LetterGraph, NodeAttributes } from '../../src/graph/types.js';

export type LoadResult = { ok: true; graph: LetterGraph } | { ok: false; message: string };

const REBUILD = 'Rebuild it with: lettergraph build <letters…> --out <dir>';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Returns what is wrong with the data, or null when it is a usable letter graph. */
export function graphProblem(data: unknown): string | null {
  if (!isRecord(data) || !Array.isArray(data.nodes) || !Array.isArray(data.edges)) return 'it has no "nodes" and "edges" lists';
  const colors = isRecord(data.attributes) ? data.attributes.typeColors : undefined;
  if (!isRecord(colors)) return 'it has no type colours in its attributes';
  const labels = new Set(Object.keys(colors));
  for (const [i, n] of data.nodes.entries()) {
    const a = isRecord(n) ? n.attributes : undefined;
    if (!isRecord(n) || typeof n.key !== 'string' || !isRecord(a)) return `node ${i} has no key or attributes`;
    if (typeof a.type !== 'string' || !labels.has(a.type)) return `node ${n.key} has an unknown type`;
    if (typeof a.label !== 'string') return `node ${n.key} has no label`;
    if (typeof a.x !== 'number' || typeof a.y !== 'number' || !Number.isFinite(a.x) || !Number.isFinite(a.y)) return `node ${n.key} has no position`;
    if (!Array.isArray(a.aliases)) return `node ${n.key} has no aliases list`;
  }
  for (const [i, e] of data.edges.entries()) {
    const a = isRecord(e) ? e.attributes : undefined;
    if (!isRecord(e) || typeof e.source !== 'string' || typeof e.target !== 'string' || !isRecord(a)) return `edge ${i} has no source, target or attributes`;
    if (typeof a.type !== 'string' || !Array.isArray(a.evidence)) return `edge ${i} has no type or evidence`;
  }
  return null;
}

export async function loadGraph(url: string): Promise<LoadResult> {
  let res: Response;
  try {
    res = await fetch(url, { cache: 'no-store' });
  } catch {
    return { ok: false, message: 'The graph could not be fetched: the server did not answer.' };
  }
  const body = await res.text();
  if (!res.ok) {
    let reason = `HTTP ${res.status}`;
    try {
      const parsed: unknown = JSON.parse(body);
      if (isRecord(parsed) && typeof parsed.error === 'string') reason = parsed.error;
    } catch {
      // not JSON: keep the status
    }
    return { ok: false, message: `The graph could not be loaded: ${reason}. ${REBUILD}` };
  }
  if (!body.trim()) return { ok: false, message: `The graph file is empty. ${REBUILD}` };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (err) {
    return { ok: false, message: `The graph file is not valid JSON (${err instanceof Error ? err.message : String(err)}). ${REBUILD}` };
  }
  const problem = graphProblem(data);
  if (problem) return { ok: false, message: `The graph file is not a lettergraph graph: ${problem}. ${REBUILD}` };
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
  try {
    graph.import(data as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>);
  } catch (err) {
    return { ok: false, message: `The graph file is inconsistent (${err instanceof Error ? err.message : String(err)}). ${REBUILD}` };
  }
  if (graph.order === 0) return { ok: false, message: `The graph has no nodes: no letter was built into it. ${REBUILD}` };
  return { ok: true, graph: graph as unknown as LetterGraph };
}
