// Sentences and clauses, with offsets, for evidence and for scoping relations and amounts.
import type { Evidence } from '../schema.js';

const SENTENCE_END = /[。！？!?；;\n]/u;
const CLAUSE_END = /[。！？!?；;\n，,、：:]/u;

function rangeAround(text: string, at: number, end: RegExp, from: number, to: number): Evidence {
  let s = at;
  while (s > from && !end.test(text.charAt(s - 1))) s--;
  let e = at;
  while (e < to && !end.test(text.charAt(e))) e++;
  if (e < to && /[。！？!?；;]/u.test(text.charAt(e))) e++;
  // Trim leading white space so the evidence starts at its first character.
  while (s < e && /\s/u.test(text.charAt(s))) s++;
  return { start: s, end: e, text: text.slice(s, e) };
}

/** The sentence (up to 。！？；or a line end) around offset `at`. */
export const sentenceAt = (text: string, at: number, from = 0, to = text.length): Evidence => rangeAround(text, at, SENTENCE_END, from, to);

/** The clause (also cut at ，、：) around offset `at`. */
export const clauseAt = (text: string, at: number, from = 0, to = text.length): Evidence => rangeAround(text, at, CLAUSE_END, from, to);
