// The page's side of the data worker (dataWorker.ts): the graph's parsed nodes and edge arrays as
// soon as they are in, then details.json's pieces in order, and the search index's answers.
import type { SearchHit } from '../../src/graph/fullText.js';
import type { DataReply, DataRequest } from './dataWorker.js';
import type { SearchIndexClient } from './search.js';
import { fetchResponse } from './loadGraph.js';

export type GraphArrival = Extract<DataReply, { kind: 'graph' | 'huge' | 'failed' }>;
/** A piece of the details to merge, or the end of them (all in, or why not). */
export type DetailsPiece = Extract<DataReply, { kind: 'nodeDetails' | 'evidence' | 'detailsDone' | 'failed' }>;

export type DataClient = {
  /** Resolves once the worker runs and has begun loading the graph: the page starts its own heavy work
   * (sigma's WebGL) only then, as the worker's start and the request for paint.json wait for the page's thread. */
  loading: Promise<void>;
  graph: Promise<GraphArrival>;
  /** The edges' keys (see edgeKeys), which follow a graph that arrived. */
  edgeKeys: Promise<string[]>;
  /** Asks for the details: the worker holds them until the page is ready to take them in. */
  sendDetails(): void;
  /** The next piece of the details, in the order the worker sent them. */
  nextDetails(): Promise<DetailsPiece>;
  /** Resolves once the search index is built (with the details, or with names only when they failed). */
  searchReady: Promise<void>;
  search: SearchIndexClient;
};

/** The edge keys the worker sent as one string and their lengths. */
function splitKeys(joined: string, lengths: Uint32Array): string[] {
  const keys = new Array<string>(lengths.length);
  for (let i = 0, at = 0; i < lengths.length; at += lengths[i++]!) keys[i] = joined.slice(at, at + lengths[i]!);
  return keys;
}

/** `picture`: the size of the picture a huge graph is drawn as (see nodePicture). */
export function startDataWorker(paintUrl: string, graphUrl: string, detailsUrl: string, hugeNodes: number, picture: { width: number; height: number }): DataClient {
  const worker = new Worker(new URL('./dataWorker.ts', import.meta.url), { type: 'module' });
  let loadingIn!: () => void;
  let graphIn!: (g: GraphArrival) => void;
  let keysIn!: (keys: string[]) => void;
  let searchIn!: () => void;
  const pieces: DetailsPiece[] = [];
  let wake: (() => void) | null = null;
  const answers = new Map<number, (r: { hits: SearchHit[]; total: number }) => void>();
  let nextId = 0;
  let graphArrived = false;
  worker.onmessage = ({ data }: MessageEvent<DataReply>) => {
    if (data.kind === 'loading') {
      loadingIn();
    } else if (data.kind === 'edgeKeys') {
      keysIn(splitKeys(data.joined, data.lengths));
    } else if (data.kind === 'graph' || data.kind === 'huge' || (data.kind === 'failed' && !graphArrived)) {
      graphArrived = true;
      graphIn(data);
    } else if (data.kind === 'searchReady') {
      searchIn();
    } else if (data.kind === 'result') {
      answers.get(data.id)?.({ hits: data.hits, total: data.total });
      answers.delete(data.id);
    } else {
      pieces.push(data);
      wake?.();
      wake = null;
    }
  };
  const post = (msg: DataRequest) => worker.postMessage(msg);
  const client: DataClient = {
    loading: new Promise((done) => (loadingIn = done)),
    graph: new Promise((done) => (graphIn = done)),
    edgeKeys: new Promise((done) => (keysIn = done)),
    searchReady: new Promise((done) => (searchIn = done)),
    sendDetails: () => post({ kind: 'sendDetails' }),
    async nextDetails() {
      while (pieces.length === 0) await new Promise<void>((done) => (wake = done));
      return pieces.shift()!;
    },
    search: {
      query: (query, limit) =>
        new Promise((done) => {
          const id = nextId++;
          answers.set(id, done);
          post({ kind: 'query', id, query, limit });
        }),
    },
  };
  // The worker's own URL is under assets/: it fetches what the page names. paint.json is asked for at
  // once and its body handed over as a stream, so it downloads while the worker starts.
  void fetchResponse(paintUrl).then((paint) => {
    const body = paint?.body ?? null;
    worker.postMessage({ kind: 'load', paint: paint && { status: paint.status, body }, graph: new URL(graphUrl, location.href).href, details: new URL(detailsUrl, location.href).href, hugeNodes, picture } satisfies DataRequest, body ? [body] : []);
  });
  return client;
}
