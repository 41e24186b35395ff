// Evidence sentences (up to 。！？；or a line end), with offsets, for evidence and for scoping
// relations and amounts. Boundaries are found once per letter and looked up by binary search.
// A sentence longer than MAX_SENTENCE (PDF and OCR text often loses its full stops) is cut at
// clause marks, and a clause longer still every MAX_SENTENCE characters: evidence stays bounded, and
// as a record lists each sentence once, its size grows linearly with the letter.
import type { Entity, Evidence, LetterRecord, Mention, Relation } from '../schema.js';

export const MAX_SENTENCE = 300;

// A flag per UTF-16 code unit: the constructor reads it for every character of a letter.
const SENTENCE_END = new Uint8Array(0x10000);
for (const c of '。！？!?；;\n') SENTENCE_END[c.charCodeAt(0)] = 1;
/** Does text[from, to) hold a sentence's end (the marks evidence sentences end at)? */
export function holdsSentenceEnd(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (SENTENCE_END[text.charCodeAt(i)] === 1) return true;
  return false;
}
const CLAUSE_END = new Uint8Array(0x10000);
for (const c of '，,：:、') CLAUSE_END[c.charCodeAt(0)] = 1;
const SPACE = /\s/u;

/** Where to cut text[start, end) so that no piece is longer than MAX_SENTENCE: after the last clause mark that fits, else at the cap. */
function softCuts(text: string, start: number, end: number, into: number[]): void {
  let from = start;
  while (end - from > MAX_SENTENCE) {
    let cut = from + MAX_SENTENCE;
    for (let i = cut - 1; i > from; i--) {
      if (CLAUSE_END[text.charCodeAt(i)] === 1) {
        cut = i + 1;
        break;
      }
    }
    // Never between the halves of a surrogate pair.
    if (cut === from + MAX_SENTENCE && (text.charCodeAt(cut - 1) & 0xfc00) === 0xd800) cut--;
    into.push(cut);
    from = cut;
  }
}

export class SentenceIndex {
  /** Sorted offsets where a sentence starts (just after an end mark, or at a cut of a long one). */
  private readonly starts: number[];

  constructor(private readonly text: string) {
    this.starts = [0];
    let from = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i < text.length && SENTENCE_END[text.charCodeAt(i)] !== 1) continue;
      softCuts(text, from, i, this.starts);
      from = i + 1;
      if (i < text.length) this.starts.push(from);
    }
  }

  private pieceAt(at: number): number {
    const { starts } = this;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The sentence around offset `at`, without leading white space and with its end mark. */
  at(at: number): Evidence {
    return this.around(at, at + 1);
  }

  /** The sentence holding text[start, end): the pieces from the one at `start` to the one at `end - 1`. */
  around(start: number, end: number): Evidence {
    const { starts, text } = this;
    const last = this.pieceAt(Math.max(start, end - 1));
    let s = starts[this.pieceAt(start)]!;
    let e = last + 1 < starts.length ? starts[last + 1]! : text.length;
    // A line end closes the sentence but is not part of it.
    if (e > Math.max(s, end) && text.charAt(e - 1) === '\n') e--;
    while (s < Math.min(e, start) && SPACE.test(text.charAt(s))) s++;
    return { start: s, end: e, text: text.slice(s, e) };
  }

  /** A stretch given by the structure (a title or salutation line): itself when short, else its first sentence. */
  line(start: number, end: number): Evidence {
    return end - start <= MAX_SENTENCE ? { start, end, text: this.text.slice(start, end) } : this.at(start);
  }
}

/** Mentions and relations as the extractor builds them, each with its sentence, before the record lists sentences once. */
export type DraftMention = Omit<Mention, 'sentence'> & { sentence: Evidence };
export type DraftEntity = Omit<Entity, 'mentions'> & { mentions: DraftMention[] };
export type DraftRelation = Omit<Relation, 'evidence'> & { evidence: Evidence };

/** The record's shape: every distinct sentence once, in text order, and mentions and relations pointing at them by index. */
export function listSentences(entities: DraftEntity[], relations: DraftRelation[]): Pick<LetterRecord, 'sentences' | 'entities' | 'relations'> {
  const distinct = new Map<string, Evidence>();
  const keyOf = (s: Evidence) => `${s.start}:${s.end}`;
  for (const e of entities) for (const m of e.mentions) distinct.set(keyOf(m.sentence), m.sentence);
  for (const r of relations) distinct.set(keyOf(r.evidence), r.evidence);
  const sentences = [...distinct.values()].sort((a, b) => a.start - b.start || a.end - b.end);
  const index = new Map(sentences.map((s, i) => [keyOf(s), i]));
  return {
    sentences,
    entities: entities.map((e) => ({ ...e, mentions: e.mentions.map((m) => ({ ...m, sentence: index.get(keyOf(m.sentence))! })) })),
    relations: relations.map((r) => ({ ...r, evidence: index.get(keyOf(r.evidence))! })),
  };
}
