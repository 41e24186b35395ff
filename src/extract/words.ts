// Words with part-of-speech tags (jieba, the gazetteers' places and body forms as its user
// dictionary), asked only around a candidate name: a name starts at a word boundary, and never
// right after a verb, adverb, pronoun, time word or numeral (近年来县农业农村局, 列入市人大).
import { Jieba, type TaggedWord } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { bodyByForm, placeByForm } from './gazetteer.js';

export type Word = TaggedWord;

let jieba: Jieba | null = null;

/** Loaded on first use: a worker that never asks pays nothing. */
function segmenter(): Jieba {
  if (jieba) return jieba;
  jieba = Jieba.withDict(dict);
  // Places as ns and body forms as nt, frequent enough to win over the general dictionary's splits.
  const user = [...[...placeByForm.keys()].map((p) => `${p} 100000 ns`), ...[...bodyByForm.keys()].filter((f) => f.length > 1).map((f) => `${f} 100000 nt`)];
  jieba.loadDict(Buffer.from(user.join('\n')));
  return jieba;
}

/** The words of text[max(floor, end - window), end), in order; the first may be cut by the window. */
export function wordsBefore(text: string, end: number, floor: number, window = 10): Word[] {
  const start = Math.max(floor, end - window);
  return start < end ? segmenter().tag(text.slice(start, end), false) : [];
}

// Tags that never stand inside a name: time words, adverbs, prepositions, pronouns, conjunctions,
// particles, numerals, measure words, localisers, interjections.
const NEVER_IN_NAME = /^(?:t|tg|d|ad|vd|p|r|rr|rz|c|u\w*|m|mq|q|f|y|e|o)$/u;

/** Is this word a boundary a name cannot extend over to its left? Verbs of two or more characters are. */
export function isNameStop(w: Word): boolean {
  if (NEVER_IN_NAME.test(w.tag)) return true;
  return w.word.length > 1 && /^v/u.test(w.tag);
}
