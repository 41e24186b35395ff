// Full-text search over the letter graph: names, aliases, titles, document and index numbers, and
// every sentence of every letter. MiniSearch keeps the inverted index and scores; Chinese has no
// spaces, so text is cut into overlapping character bigrams (and Latin/digit runs into words), and
// a query matches when it has all of its bigrams, its last one as a prefix (so a single character
// finds words starting with it). A sentence hit must then hold the query itself, not just its bigrams.
// Pure: runs in the viewer's search worker and in Node.
import MiniSearch from 'minisearch';
import type { LetterGraph, NodeType } from './types.js';

/** A node as the index sees it: every name it may be searched by. */
export type NamedNode = { node: string; type: NodeType; label: string; names: string[]; size: number };
export type LetterText = { node: string; text: string };
export type SearchInput = { nodes: NamedNode[]; letters: LetterText[] };

export type SearchHit = {
  node: string;
  type: NodeType;
  label: string;
  /** A name hit, or a sentence of a letter's text. */
  kind: 'name' | 'text';
  /** The name that matched, or the sentence. */
  matched: string;
  /** Text hits: the sentence's span in the letter text. */
  start?: number;
  end?: number;
};

type Doc = { id: number; field: 'text'; value: string };

const HAN = /\p{Script=Han}/u;
const RUNS = /\p{Script=Han}+|[0-9a-z\u00c0-\u024f]+/gu;
const normalize = (s: string) => s.normalize('NFKC').toLowerCase();

/** Han runs → overlapping bigrams (a lone character stays itself); Latin and digit runs → words. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const [run] of normalize(text).matchAll(RUNS)) {
    const chars = [...run];
    if (!HAN.test(run) || chars.length === 1) {
      out.push(run);
      continue;
    }
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  }
  return out;
}

const SENTENCE = /[^。！？!?；;\n]+[。！？!?；;]?/g;

/** The sentences of a letter text as spans (white space around them left out). */
export function sentenceSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) out.push({ start: m.index + lead, end: m.index + lead + body.length });
  }
  return out;
}

/** Postings from token to ids (each list ascending), matched rarest list first. Names are matched here,
 * not in MiniSearch: MiniSearch scores every posting of every query term, and thousands of names that
 * share a stem (科技…, …公共平台) made that tens of milliseconds a query; names are ranked by rules, not scores. */
class TokenIndex {
  private readonly postings = new Map<string, number[]>();
  /** Every token, sorted, for prefix lookups: set by seal once every id is added. */
  private terms: string[] = [];

  /** Ids must come in ascending order. */
  add(id: number, text: string): void {
    for (const token of new Set(tokenize(text))) {
      const list = this.postings.get(token);
      if (list) list.push(id);
      else this.postings.set(token, [id]);
    }
  }

  seal(): void {
    this.terms = [...this.postings.keys()].sort();
  }

  /** The ids holding every token, the last one as itself or as the start of a token (see tokenize). */
  match(tokens: string[]): number[] {
    const lists = [...new Set(tokens.slice(0, -1))].map((t) => this.postings.get(t) ?? []);
    lists.push(this.withPrefix(tokens[tokens.length - 1]!));
    lists.sort((a, b) => a.length - b.length);
    const [shortest, ...rest] = lists;
    return shortest!.filter((id) => rest.every((list) => holds(list, id)));
  }

  private withPrefix(prefix: string): number[] {
    const ids = new Set<number>();
    for (let i = firstAtLeast(this.terms, prefix); i < this.terms.length && this.terms[i]!.startsWith(prefix); i++) {
      for (const id of this.postings.get(this.terms[i]!)!) ids.add(id);
    }
    return [...ids].sort((a, b) => a - b);
  }
}

/** Binary search: the first index whose value is not below `value`. */
function firstAtLeast<T>(sorted: readonly T[], value: T): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const holds = (sorted: readonly number[], id: number) => sorted[firstAtLeast(sorted, id)] === id;

type Place = { node: string; start: number; end: number };

/** By letter (in code unit order), then where in it. */
const byPlace = (a: Place, b: Place) => (a.node < b.node ? -1 : a.node > b.node ? 1 : a.start - b.start);

/** A sentence document: one per distinct sentence, with every place it stands (letters repeat
 * boilerplate sentences, and each is then indexed and scored once). */
type SentenceEntry = { sentence: string; places: Place[] };
type NameEntry = { node: NamedNode; names: string[] };

export class FullTextIndex {
  private readonly mini = new MiniSearch<Doc>({ fields: ['value'], tokenize, processTerm: (t) => t });
  private readonly names = new TokenIndex();
  private readonly nameEntries: NameEntry[] = [];
  private readonly sentences: SentenceEntry[] = [];
  private readonly nodes = new Map<string, NamedNode>();

  constructor(input: SearchInput) {
    for (const n of input.nodes) {
      this.nodes.set(n.node, n);
      this.names.add(this.nameEntries.length, n.names.join(' '));
      this.nameEntries.push({ node: n, names: n.names.map(normalize) });
    }
    const docs: Doc[] = [];
    const bySentence = new Map<string, SentenceEntry>();
    for (const { node, text } of input.letters) {
      for (const { start, end } of sentenceSpans(text)) {
        const sentence = text.slice(start, end);
        let entry = bySentence.get(sentence);
        if (!entry) {
          entry = { sentence, places: [] };
          bySentence.set(sentence, entry);
          docs.push({ id: this.sentences.length, field: 'text', value: sentence });
          this.sentences.push(entry);
        }
        entry.places.push({ node, start, end });
      }
    }
    this.mini.addAll(docs);
    this.names.seal();
    for (const e of this.sentences) e.places.sort(byPlace);
  }

  /** Name hits first (exact name, then prefix, then substring, then bigrams only; bigger nodes first),
   * then sentences that contain every space-separated part of the query. At most `limit`; `total` counts all. */
  search(query: string, allowed: (node: string) => boolean = () => true, limit = Infinity): { hits: SearchHit[]; total: number } {
    const q = normalize(query).trim();
    const tokens = tokenize(q);
    if (!q || tokens.length === 0) return { hits: [], total: 0 };
    const parts = q.split(/\s+/);
    const names: { hit: SearchHit; rank: number; size: number; order: number }[] = [];
    for (const id of this.names.match(tokens)) {
      const { node: n, names: normalized } = this.nameEntries[id]!;
      if (!allowed(n.node)) continue;
      let best = { rank: 3, name: normalized[0] ?? '' };
      normalized.forEach((name) => {
        const at = name.indexOf(q);
        const rank = at < 0 ? 3 : name === q ? 0 : at === 0 ? 1 : 2;
        if (rank < best.rank || (rank === best.rank && name.length < best.name.length)) best = { rank, name };
      });
      const matched = n.names[normalized.indexOf(best.name)] ?? n.label;
      names.push({ hit: { node: n.node, type: n.type, label: n.label, kind: 'name', matched }, rank: best.rank, size: n.size, order: id });
    }
    // Sentences by score, then letter and place. A boilerplate sentence stands in thousands of letters:
    // its places are kept in that order, and hits are made only for the places listed.
    const found = this.mini.search(q, { combineWith: 'AND', prefix: (_t, i, terms) => i === terms.length - 1 }).filter((r) => {
      const normalized = normalize(this.sentences[r.id as number]!.sentence);
      return parts.every((p) => normalized.includes(p));
    });
    names.sort((a, b) => a.rank - b.rank || b.size - a.size || a.hit.matched.length - b.hit.matched.length || a.order - b.order);
    const hits = names.slice(0, limit).map((x) => x.hit);
    let total = names.length;
    const add = (sentence: string, { node, start, end }: Place) => {
      const n = this.nodes.get(node);
      if (!n || !allowed(node)) return;
      if (total++ < limit) hits.push({ node, type: n.type, label: n.label, kind: 'text', matched: sentence, start, end });
    };
    for (let i = 0; i < found.length; ) {
      let j = i;
      while (j < found.length && found[j]!.score === found[i]!.score) j++;
      const tied = found.slice(i, j).map((r) => this.sentences[r.id as number]!);
      if (tied.length === 1) for (const place of tied[0]!.places) add(tied[0]!.sentence, place);
      else for (const t of tied.flatMap((e) => e.places.map((place) => ({ e, place }))).sort((a, b) => byPlace(a.place, b.place))) add(t.e.sentence, t.place);
      i = j;
    }
    return { hits, total };
  }
}

/** What the index needs from the graph: names (label, aliases; for letters also title, document,
 * index and proposal numbers) and, once the details are in, the letters' texts. */
export function searchInput(graph: LetterGraph): SearchInput {
  const nodes: NamedNode[] = [];
  const letters: LetterText[] = [];
  graph.forEachNode((node, a) => {
    const l = a.letter;
    const extra = l ? [l.meta.title, l.meta.docNumber, l.meta.indexNumber, l.proposal?.number, l.proposal?.title] : [];
    const names = [...new Set([a.label, ...a.aliases, ...extra].filter((s): s is string => !!s))];
    nodes.push({ node, type: a.type, label: a.label, names, size: a.size });
    if (l) letters.push({ node, text: l.text });
  });
  return { nodes, letters };
}
