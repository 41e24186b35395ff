// The page's data worker: fetches and parses paint.json (or graph.json) and details.json, checks them,
// and hands them to the page in pieces small enough to take in between frames (the nodes as columns,
// the edges as typed arrays, moved, not copied); then builds the search index from the same parsed data and answers queries. So no parsing
// or indexing holds up the page.
import { edgeKeys, evidenceColumns, mergeNodeDetails, nodesFromColumns, type EdgeArrays, type EvidenceColumns, type NodeColumns, type NodeDetails } from '../../src/export/readViewerFiles.js';
import { FullTextIndex, searchInput, type SearchHit } from '../../src/graph/fullText.js';
import type { LetterGraph, PaintGraph } from '../../src/graph/types.js';
import { fetchBody, fetchResponse, readDetails, readGraph } from './loadGraph.js';
import { nodePicture, type Picture } from './nodePicture.js';

/** `hugeNodes`: above this many nodes the page gets a still picture of the nodes (`picture` its size in
 * pixels) instead of the graph, and no details or search. */
/** `sendDetails`: the page is ready for the details (they are held until then, so that taking them in
 * does not delay its first paint). */
/** `paint`: paint.json's response as the page received it (null when the server did not answer): the page
 * asks for it at once, while this worker is still being fetched and started. */
export type DataRequest = { kind: 'load'; paint: { status: number; body: ReadableStream<Uint8Array> | null } | null; graph: string; details: string; hugeNodes: number; picture: { width: number; height: number } } | { kind: 'sendDetails' } | { kind: 'query'; id: number; query: string; limit: number };
export type DataReply =
  /** The worker has begun loading the graph. */
  | { kind: 'loading' }
  | { kind: 'graph'; attributes: PaintGraph['attributes']; nodes: NodeColumns; edges: EdgeArrays }
  /** The edges' keys (see edgeKeys) written one after another, with their lengths: one string crosses to
   * the page many times faster than 100,000, and is sent after the graph, so the page adds the nodes
   * meanwhile. Made here: the page would spend a fifth of a second on 100,000 of them. */
  | { kind: 'edgeKeys'; joined: string; lengths: Uint32Array }
  | { kind: 'huge'; nodes: number; edges: number; picture: Picture }
  | { kind: 'nodeDetails'; nodes: [string, NodeDetails][] }
  | { kind: 'evidence'; from: number; evidence: EvidenceColumns }
  | { kind: 'detailsDone' }
  | { kind: 'failed'; file: 'graph' | 'details'; message: string }
  | { kind: 'searchReady' }
  | { kind: 'result'; id: number; hits: SearchHit[]; total: number };

/** Pieces the page takes in one task each (copying them in and merging them): each well under 50 ms of work there. */
const NODE_DETAILS_PIECE = 250;
const EVIDENCE_PIECE = 5_000;

type Query = Extract<DataRequest, { kind: 'query' }>;

const post = (reply: DataReply, transfer: Transferable[] = []) => self.postMessage(reply, { transfer });

let index: FullTextIndex | null = null;
let detailsWanted!: () => void;
const whenDetailsWanted = new Promise<void>((done) => (detailsWanted = done));
/** Queries asked before the index is built, answered once it is. */
const asked: Query[] = [];

function answer(q: Query): void {
  const { hits, total } = index!.search(q.query, () => true, q.limit);
  post({ kind: 'result', id: q.id, hits, total });
}

function buildIndex(graph: LetterGraph): void {
  index = new FullTextIndex(searchInput(graph));
  post({ kind: 'searchReady' });
  for (const q of asked.splice(0)) answer(q);
}

async function load({ paint, graph: graphUrl, details: detailsUrl, hugeNodes, picture }: Extract<DataRequest, { kind: 'load' }>): Promise<void> {
  const read = await readGraph(paint && new Response(paint.body, { status: paint.status }), graphUrl);
  if (!read.ok) return post({ kind: 'failed', file: 'graph', message: read.message });
  const { graph } = read;
  const { attributes, nodes, edges } = graph;
  if (nodes.keys.length > hugeNodes) {
    const p = nodePicture(nodes, picture.width, picture.height);
    return post({ kind: 'huge', nodes: nodes.keys.length, edges: edges.source.length, picture: p }, [p.pixels.buffer]);
  }
  // details.json downloads while the page paints the nodes, and is read once they are painted: reading
  // it takes a processor the first paint needs.
  const detailsResponse = fetchResponse(detailsUrl);
  const detailsFor = { id: attributes.detailsId, keys: nodes.keys, edges: edges.source.length };
  const keys = edgeKeys(nodes.keys, edges);
  // The node columns are copied (the index below reads them); the edges are moved.
  post({ kind: 'graph', attributes, nodes, edges }, [edges.source, edges.target, edges.type, edges.weight].map((a) => a.buffer));
  const lengths = Uint32Array.from(keys, (k) => k.length);
  post({ kind: 'edgeKeys', joined: keys.join(''), lengths }, [lengths.buffer]);
  await whenDetailsWanted;
  // The index's own copy of the nodes: names now, aliases and letters once the details are in.
  const named = nodesFromColumns(attributes, nodes);
  const details = readDetails(await fetchBody(detailsResponse, 'graph details'), detailsFor);
  if (!details.ok) {
    post({ kind: 'failed', file: 'details', message: details.message });
    return buildIndex(named);
  }
  const nodeDetails = Object.entries(details.details.nodes);
  const evidence = details.details.edges;
  // The index first: the page is still adding the edges, and takes the details in only after them.
  mergeNodeDetails(named, nodeDetails);
  buildIndex(named);
  // Letters before evidence: the page reads evidence sentences from the letters' texts.
  for (let i = 0; i < nodeDetails.length; i += NODE_DETAILS_PIECE) post({ kind: 'nodeDetails', nodes: nodeDetails.slice(i, i + NODE_DETAILS_PIECE) });
  for (let i = 0; i < evidence.length; i += EVIDENCE_PIECE) {
    const c = evidenceColumns(evidence.slice(i, i + EVIDENCE_PIECE));
    post({ kind: 'evidence', from: i, evidence: c }, [c.counts, c.start, c.end, c.mentionStart, c.mentionEnd, c.noAmounts, c.letter].map((a) => a.buffer));
  }
  post({ kind: 'detailsDone' });
}

self.onmessage = ({ data }: MessageEvent<DataRequest>) => {
  if (data.kind === 'load') {
    post({ kind: 'loading' });
    void load(data);
  } else if (data.kind === 'sendDetails') detailsWanted();
  else if (index) answer(data);
  else asked.push(data);
};
