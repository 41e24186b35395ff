// Fetches graph.json (what the first paint needs) and, after it, details.json (what the panel
// needs), checking both, turning every way they can fail into one sentence for the page.
import { addPaintEdges, mergeDetails, nodesFromPaint } from '../../src/export/readViewerFiles.js';
import type { GraphDetails, LetterGraph, PaintGraph } from '../../src/graph/types.js';
import { nextTask } from './dom.js';

/** `graph` has the nodes only: add `paint`'s edges with addEdges. */
export type LoadResult = { ok: true; graph: LetterGraph; paint: PaintGraph } | { ok: false; message: string };

const REBUILD = 'Rebuild it with: lettergraph build <letters…> --out <dir>';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Returns what is wrong with graph.json's data, or null when it is a usable letter graph. */
export function graphProblem(data: unknown): string | null {
  if (!isRecord(data) || !Array.isArray(data.nodes) || !Array.isArray(data.edges)) return 'it has no "nodes" and "edges" lists';
  const attributes = isRecord(data.attributes) ? data.attributes : {};
  if (!isRecord(attributes.typeColors) || !isRecord(attributes.edgeColors)) return 'it has no type colours in its attributes';
  if (typeof attributes.detailsId !== 'string') return 'it has no details id (it was written by an older lettergraph)';
  const labels = new Set(Object.keys(attributes.typeColors));
  const keys = new Set<unknown>();
  const edgeTypes = new Set(Object.keys(attributes.edgeColors));
  for (const [i, n] of data.nodes.entries()) {
    const a = isRecord(n) ? n.attributes : undefined;
    if (!isRecord(n) || typeof n.key !== 'string' || !isRecord(a)) return `node ${i} has no key or attributes`;
    if (typeof a.type !== 'string' || !labels.has(a.type)) return `node ${n.key} has an unknown type`;
    if (typeof a.label !== 'string') return `node ${n.key} has no label`;
    if (typeof a.x !== 'number' || typeof a.y !== 'number' || !Number.isFinite(a.x) || !Number.isFinite(a.y)) return `node ${n.key} has no position`;
    if (keys.has(n.key)) return `node ${n.key} appears twice`;
    keys.add(n.key);
  }
  for (const [i, e] of data.edges.entries()) {
    const a = isRecord(e) ? e.attributes : undefined;
    if (!isRecord(e) || typeof e.source !== 'string' || typeof e.target !== 'string' || !isRecord(a)) return `edge ${i} has no source, target or attributes`;
    if (typeof a.type !== 'string' || !edgeTypes.has(a.type) || typeof a.weight !== 'number') return `edge ${i} has no known type or no weight`;
    if (!keys.has(e.source) || !keys.has(e.target)) return `edge ${i} links a node the graph does not have`;
  }
  return null;
}

/** Fetches JSON, or says in one sentence why it could not. */
async function fetchJson(url: string, what: string): Promise<{ ok: true; data: unknown } | { ok: false; message: string }> {
  let res: Response;
  try {
    res = await fetch(url, { cache: 'no-store' });
  } catch {
    return { ok: false, message: `The ${what} could not be fetched: the server did not answer.` };
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
    return { ok: false, message: `The ${what} could not be loaded: ${reason}. ${REBUILD}` };
  }
  if (!body.trim()) return { ok: false, message: `The ${what} file is empty. ${REBUILD}` };
  try {
    return { ok: true, data: JSON.parse(body) };
  } catch (err) {
    return { ok: false, message: `The ${what} file is not valid JSON (${err instanceof Error ? err.message : String(err)}). ${REBUILD}` };
  }
}

/** The graph's nodes as the first paint needs them: no edges yet (see addEdges), nor aliases or letters (see fetchDetails). */
export async function loadGraph(url: string): Promise<LoadResult> {
  const fetched = await fetchJson(url, 'graph');
  if (!fetched.ok) return fetched;
  const problem = graphProblem(fetched.data);
  if (problem) return { ok: false, message: `The graph file is not a lettergraph graph: ${problem}. ${REBUILD}` };
  const paint = fetched.data as PaintGraph;
  if (paint.nodes.length === 0) return { ok: false, message: `The graph has no nodes: no letter was built into it. ${REBUILD}` };
  return { ok: true, graph: nodesFromPaint(paint), paint };
}

/** Adds graph.json's edges; says so when they are inconsistent (an edge repeated). */
export function addEdges(graph: LetterGraph, paint: PaintGraph): string | null {
  try {
    addPaintEdges(graph, paint);
    return null;
  } catch (err) {
    return `The graph file is inconsistent (${err instanceof Error ? err.message : String(err)}). ${REBUILD}`;
  }
}

function detailsProblem(data: unknown, graph: LetterGraph, detailsId: string): string | null {
  if (!isRecord(data) || !isRecord(data.nodes) || !Array.isArray(data.edges)) return 'it has no "nodes" and "edges"';
  if (data.id !== detailsId) return 'it comes from another build than graph.json (reload the page)';
  if (data.edges.length !== graph.size || !data.edges.every(Array.isArray)) return 'its evidence lists do not match the edges';
  for (const [key, d] of Object.entries(data.nodes)) {
    if (!graph.hasNode(key) || !isRecord(d) || !Array.isArray(d.aliases)) return `node ${key} is unknown or has no aliases list`;
  }
  return null;
}

/** Fetches details.json and puts aliases, letters and evidence on the graph's nodes and edges. The fetch
 * starts at once; the graph is read only once the body is in, so edges added meanwhile count. */
export async function fetchDetails(url: string, graph: LetterGraph, detailsId: string): Promise<{ ok: true } | { ok: false; message: string }> {
  const fetched = await fetchJson(url, 'graph details');
  if (!fetched.ok) return fetched;
  const problem = detailsProblem(fetched.data, graph, detailsId);
  if (problem) return { ok: false, message: `The graph details are unusable: ${problem}.` };
  await nextTask();
  mergeDetails(graph, fetched.data as GraphDetails);
  return { ok: true };
}
