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

type Doc = { id: number; field: 'name' | 'text'; value: string };

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

/** A name document (one node), or a sentence document: one per distinct sentence, with every place it
 * stands (letters repeat boilerplate sentences, and each is then indexed and scored once). */
type Entry = { kind: 'name'; node: string; names: string[] } | { kind: 'text'; sentence: string; places: { node: string; start: number; end: number }[] };

export class FullTextIndex {
  private readonly mini = new MiniSearch<Doc>({ fields: ['value'], tokenize, processTerm: (t) => t });
  private readonly entries: Entry[] = [];
  private readonly nodes = new Map<string, NamedNode>();

  constructor(input: SearchInput) {
    const docs: Doc[] = [];
    for (const n of input.nodes) {
      this.nodes.set(n.node, n);
      docs.push({ id: this.entries.length, field: 'name', value: n.names.join(' ') });
      this.entries.push({ node: n.node, kind: 'name', names: n.names.map(normalize) });
    }
    const sentences = new Map<string, { kind: 'text'; sentence: string; places: { node: string; start: number; end: number }[] }>();
    for (const { node, text } of input.letters) {
      for (const { start, end } of sentenceSpans(text)) {
        const sentence = text.slice(start, end);
        let entry = sentences.get(sentence);
        if (!entry) {
          entry = { kind: 'text', sentence, places: [] };
          sentences.set(sentence, entry);
          docs.push({ id: this.entries.length, field: 'text', value: sentence });
          this.entries.push(entry);
        }
        entry.places.push({ node, start, end });
      }
    }
    this.mini.addAll(docs);
  }

  /** Name hits first (exact name, then prefix, then substring, then bigrams only; bigger nodes first),
   * then sentences that contain every space-separated part of the query. At most `limit`; `total` counts all. */
  search(query: string, allowed: (node: string) => boolean = () => true, limit = Infinity): { hits: SearchHit[]; total: number } {
    const q = normalize(query).trim();
    if (!q || tokenize(q).length === 0) return { hits: [], total: 0 };
    const parts = q.split(/\s+/);
    const found = this.mini.search(q, { combineWith: 'AND', prefix: (_t, i, terms) => i === terms.length - 1 });
    const names: { hit: SearchHit; rank: number; size: number; score: number }[] = [];
    const texts: { hit: SearchHit; score: number }[] = [];
    for (const r of found) {
      const e = this.entries[r.id as number]!;
      if (e.kind === 'name') {
        const n = this.nodes.get(e.node);
        if (!n || !allowed(e.node)) continue;
        let best = { rank: 3, name: e.names[0] ?? '' };
        e.names.forEach((name) => {
          const at = name.indexOf(q);
          const rank = at < 0 ? 3 : name === q ? 0 : at === 0 ? 1 : 2;
          if (rank < best.rank || (rank === best.rank && name.length < best.name.length)) best = { rank, name };
        });
        const matched = n.names[e.names.indexOf(best.name)] ?? n.label;
        names.push({ hit: { node: n.node, type: n.type, label: n.label, kind: 'name', matched }, rank: best.rank, size: n.size, score: r.score });
      } else {
        const normalized = normalize(e.sentence);
        if (!parts.every((p) => normalized.includes(p))) continue;
        for (const { node, start, end } of e.places) {
          const n = this.nodes.get(node);
          if (n && allowed(node)) texts.push({ hit: { node, type: n.type, label: n.label, kind: 'text', matched: e.sentence, start, end }, score: r.score });
        }
      }
    }
    names.sort((a, b) => a.rank - b.rank || b.size - a.size || a.hit.matched.length - b.hit.matched.length || b.score - a.score);
    texts.sort((a, b) => b.score - a.score || a.hit.node.localeCompare(b.hit.node) || a.hit.start! - b.hit.start!);
    const all = [...names.map((x) => x.hit), ...texts.map((x) => x.hit)];
    return { hits: all.slice(0, limit), total: all.length };
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
