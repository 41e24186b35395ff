// paint.json, written beside graph.json: the same nodes and edges as columns (node types and colours,
// edge ends and types as indices into short lists). The viewer's data worker reads it in a fraction
// of graph.json's time (a 20,000-node, 100,000-edge graph: 4.2 MB against 18.5 MB, and no object per
// node or edge to parse and check); graph.json stays the graphology serialisation other tools load.
// No Node APIs: the viewer bundles the reader.
import { edgeArrays, nodeColumns, type EdgeArrays, type NodeColumns } from './readViewerFiles.js';
import type { EdgeType, NodeType, PaintGraph } from '../graph/types.js';

export const PAINT_FORMAT = 'lettergraph-paint/1';

/** graph.json's content as the page takes it: nodes as columns, edges as arrays, both in graph.json's order. */
export type GraphColumns = { attributes: PaintGraph['attributes']; nodes: NodeColumns; edges: EdgeArrays };

type Column = number[];
/** paint.json: NodeColumns and EdgeArrays with plain arrays; a node without a policy-view position has null there. */
export type PaintFile = {
  format: typeof PAINT_FORMAT;
  attributes: PaintGraph['attributes'];
  nodes: { keys: string[]; labels: string[]; typeNames: NodeType[]; type: Column; colorNames: string[]; color: Column; x: Column; y: Column; size: Column; px: (number | null)[]; py: (number | null)[] };
  edges: { types: EdgeType[]; source: Column; target: Column; type: Column; weight: Column };
};

export const graphColumns = (paint: PaintGraph): GraphColumns => ({ attributes: paint.attributes, nodes: nodeColumns(paint.nodes), edges: edgeArrays(paint) });

/** paint.json's text for graph.json's content. */
export function paintFile(paint: PaintGraph): string {
  const { nodes: n, edges: e } = graphColumns(paint);
  const file: PaintFile = {
    format: PAINT_FORMAT,
    attributes: paint.attributes,
    // NaN (no policy-view position) is written as null.
    nodes: { keys: n.keys, labels: n.labels, typeNames: n.typeNames, type: [...n.type], colorNames: n.colorNames, color: [...n.color], x: [...n.x], y: [...n.y], size: [...n.size], px: [...n.px], py: [...n.py] },
    edges: { types: e.types, source: [...e.source], target: [...e.target], type: [...e.type], weight: [...e.weight] },
  };
  return JSON.stringify(file);
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** What is wrong with a graph file's attributes (graph.json's or paint.json's), or null. */
export function attributesProblem(attributes: unknown): string | null {
  if (!isRecord(attributes) || !isRecord(attributes.typeColors) || !isRecord(attributes.edgeColors)) return 'it has no type colours in its attributes';
  if (typeof attributes.detailsId !== 'string') return 'it has no details id (it was written by an older lettergraph)';
  return null;
}

class Problem extends Error {}

function strings(v: unknown, name: string, n?: number, allowed?: Record<string, unknown>): string[] {
  if (!Array.isArray(v) || (n !== undefined && v.length !== n)) throw new Problem(`its ${name} list is missing or of the wrong length`);
  for (const [i, s] of v.entries()) {
    if (typeof s !== 'string' || (allowed && !Object.hasOwn(allowed, s))) throw new Problem(`its ${name} entry ${i} is not a known name`);
  }
  return v as string[];
}

/** `v` as `n` numbers each passing `ok` (null read as NaN, where `ok` takes it). */
function numbers<T extends Float64Array | Uint32Array | Uint16Array | Uint8Array>(make: new (n: number) => T, v: unknown, name: string, n: number, ok: (x: number) => boolean): T {
  if (!Array.isArray(v) || v.length !== n) throw new Problem(`its ${name} column is missing or of the wrong length`);
  const out = new make(n);
  for (let i = 0; i < n; i++) {
    const x: unknown = v[i] === null ? NaN : v[i];
    if (typeof x !== 'number' || !ok(x)) throw new Problem(`its ${name} column has a bad value at ${i}`);
    out[i] = x;
  }
  return out;
}

const index = (size: number) => (x: number) => Number.isInteger(x) && x >= 0 && x < size;
const finite = Number.isFinite;
const finiteOrNone = (x: number) => Number.isNaN(x) || Number.isFinite(x);

/** paint.json's parsed content checked and turned into columns and typed arrays, or what is wrong with it. */
export function readPaintFile(data: unknown): GraphColumns | string {
  if (!isRecord(data) || data.format !== PAINT_FORMAT || !isRecord(data.nodes) || !isRecord(data.edges)) return `it is not a ${PAINT_FORMAT} file`;
  const problem = attributesProblem(data.attributes);
  if (problem) return problem;
  const attributes = data.attributes as PaintGraph['attributes'];
  const { nodes: v, edges: w } = data;
  try {
    const keys = strings(v.keys, 'node keys');
    const n = keys.length;
    if (new Set(keys).size !== n) throw new Problem('a node key appears twice');
    const typeNames = strings(v.typeNames, 'node types', undefined, attributes.typeColors) as NodeType[];
    const colorNames = strings(v.colorNames, 'colours');
    const nodes: NodeColumns = {
      keys,
      labels: strings(v.labels, 'labels', n),
      typeNames,
      type: numbers(Uint8Array, v.type, 'type', n, index(typeNames.length)),
      colorNames,
      color: numbers(Uint16Array, v.color, 'colour', n, index(colorNames.length)),
      x: numbers(Float64Array, v.x, 'x', n, finite),
      y: numbers(Float64Array, v.y, 'y', n, finite),
      size: numbers(Float64Array, v.size, 'size', n, finite),
      px: numbers(Float64Array, v.px, 'px', n, finiteOrNone),
      py: numbers(Float64Array, v.py, 'py', n, finiteOrNone),
    };
    const types = strings(w.types, 'edge types', undefined, attributes.edgeColors) as EdgeType[];
    const m = Array.isArray(w.source) ? w.source.length : 0;
    const edges: EdgeArrays = {
      types,
      source: numbers(Uint32Array, w.source, 'source', m, index(n)),
      target: numbers(Uint32Array, w.target, 'target', m, index(n)),
      type: numbers(Uint8Array, w.type, 'edge type', m, index(types.length)),
      weight: numbers(Float64Array, w.weight, 'weight', m, finite),
    };
    return { attributes, nodes, edges };
  } catch (err) {
    if (err instanceof Problem) return err.message;
    throw err;
  }
}
