// The search index lives in this worker, so building it (every sentence of every letter) never
// blocks the page; each query is answered in a message.
import { FullTextIndex, type SearchHit, type SearchInput } from '../../src/graph/fullText.js';

export type SearchRequest = { kind: 'build'; id: number; input: SearchInput } | { kind: 'query'; id: number; query: string; limit: number };
export type SearchReply = { kind: 'built'; id: number } | { kind: 'result'; id: number; hits: SearchHit[]; total: number };

let index: FullTextIndex | null = null;

self.onmessage = ({ data }: MessageEvent<SearchRequest>) => {
  if (data.kind === 'build') {
    index = new FullTextIndex(data.input);
    self.postMessage({ kind: 'built', id: data.id } satisfies SearchReply);
    return;
  }
  const { hits, total } = index ? index.search(data.query, () => true, data.limit) : { hits: [], total: 0 };
  self.postMessage({ kind: 'result', id: data.id, hits, total } satisfies SearchReply);
};
