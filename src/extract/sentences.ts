// Sentences (up to 。！？；or a line end), with offsets, for evidence and for scoping
// relations and amounts. Boundaries are found once per letter and looked up by binary search.
import type { Evidence } from '../schema.js';

// A flag per UTF-16 code unit: the constructor reads it for every character of a letter.
const SENTENCE_END = new Uint8Array(0x10000);
for (const c of '。！？!?；;\n') SENTENCE_END[c.charCodeAt(0)] = 1;
const SPACE = /\s/u;

export class SentenceIndex {
  /** Sorted offsets where a sentence starts (just after an end mark). */
  private readonly starts: number[];

  constructor(private readonly text: string) {
    this.starts = [0];
    for (let i = 0; i < text.length; i++) if (SENTENCE_END[text.charCodeAt(i)] === 1) this.starts.push(i + 1);
  }

  /** The sentence around offset `at`, without leading white space and with its end mark. */
  at(at: number): Evidence {
    const { starts, text } = this;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    let s = starts[lo]!;
    let e = lo + 1 < starts.length ? starts[lo + 1]! : text.length;
    // A line end closes the sentence but is not part of it.
    if (e > s && text.charAt(e - 1) === '\n') e--;
    while (s < e && SPACE.test(text.charAt(s))) s++;
    return { start: s, end: e, text: text.slice(s, e) };
  }
}

