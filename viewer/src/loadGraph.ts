// Fetches paint.json, or graph.json where the server has none (what the first paint needs), and
// details.json (what the panel needs) and checks them, turning every way they can fail into one
// sentence for the page. Runs in the data worker.
import { attributesProblem, graphColumns, isRecord, readPaintFile, type GraphColumns } from '../../src/export/paintFile.js';
import type { GraphDetails, PaintGraph } from '../../src/graph/types.js';

type Failed = { ok: false; message: string };
export type Body = { ok: true; what: string; body: string } | Failed;

export const REBUILD = 'Rebuild it with: lettergraph build <letters…> --out <dir>';

/** Returns what is wrong with graph.json's data, or null when it is a usable letter graph. */
export function graphProblem(data: unknown): string | null {
  if (!isRecord(data) || !Array.isArray(data.nodes) || !Array.isArray(data.edges)) return 'it has no "nodes" and "edges" lists';
  const problem = attributesProblem(data.attributes);
  if (problem) return problem;
  const attributes = data.attributes as PaintGraph['attributes'];
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

export const fetchResponse = (url: string): Promise<Response | null> => fetch(url, { cache: 'no-store' }).catch(() => null);

/** A fetched file's text (see fetchResponse), or why it could not be had, in one sentence. */
export async function fetchBody(response: Promise<Response | null>, what: string): Promise<Body> {
  const res = await response;
  if (!res) return { ok: false, message: `The ${what} could not be fetched: the server did not answer.` };
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
  return { ok: true, what, body };
}

function parseBody(fetched: Body): { ok: true; data: unknown } | Failed {
  if (!fetched.ok) return fetched;
  if (!fetched.body.trim()) return { ok: false, message: `The ${fetched.what} file is empty. ${REBUILD}` };
  try {
    return { ok: true, data: JSON.parse(fetched.body) };
  } catch (err) {
    return { ok: false, message: `The ${fetched.what} file is not valid JSON (${err instanceof Error ? err.message : String(err)}). ${REBUILD}` };
  }
}

/** paint.json (its response, null when the server did not answer), checked; or, when the server has
 * none, graph.json, checked and put in the same columns. */
export async function readGraph(paint: Response | null, graphUrl: string): Promise<{ ok: true; graph: GraphColumns } | Failed> {
  const fromPaint = paint?.status !== 404;
  const parsed = parseBody(await fetchBody(fromPaint ? Promise.resolve(paint) : fetchResponse(graphUrl), 'graph'));
  if (!parsed.ok) return parsed;
  const problem = fromPaint ? null : graphProblem(parsed.data);
  const graph = problem ?? (fromPaint ? readPaintFile(parsed.data) : graphColumns(parsed.data as PaintGraph));
  if (typeof graph === 'string') return { ok: false, message: `The graph file is not a lettergraph graph: ${graph}. ${REBUILD}` };
  if (graph.nodes.keys.length === 0) return { ok: false, message: `The graph has no nodes: no letter was built into it. ${REBUILD}` };
  return { ok: true, graph };
}

/** What details.json must match: the graph's details id, node keys and number of edges. */
export type DetailsFor = { id: string; keys: readonly string[]; edges: number };

function detailsProblem(data: unknown, graph: DetailsFor): string | null {
  if (!isRecord(data) || !isRecord(data.nodes) || !Array.isArray(data.edges)) return 'it has no "nodes" and "edges"';
  if (data.id !== graph.id) return 'it comes from another build than graph.json (reload the page)';
  if (data.edges.length !== graph.edges || !data.edges.every(Array.isArray)) return 'its evidence lists do not match the edges';
  const keys = new Set(graph.keys);
  for (const [key, d] of Object.entries(data.nodes)) {
    if (!keys.has(key) || !isRecord(d) || !Array.isArray(d.aliases)) return `node ${key} is unknown or has no aliases list`;
  }
  return null;
}

/** details.json (its body fetched already, see fetchBody), checked against the graph.json it must belong to. */
export function readDetails(fetched: Body, graph: DetailsFor): { ok: true; details: GraphDetails } | Failed {
  const parsed = parseBody(fetched);
  if (!parsed.ok) return parsed;
  const problem = detailsProblem(parsed.data, graph);
  if (problem) return { ok: false, message: `The graph details are unusable: ${problem}.` };
  return { ok: true, details: parsed.data as GraphDetails };
}
