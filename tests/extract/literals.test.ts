// WordScanner finds what a global regex of its words (longest first) finds: leftmost, longest,
// non-overlapping. Checked against that regex on random words and texts over a small alphabet,
// where words share prefixes and overlap often.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/graph/random.js';
import { WordScanner } from '../../src/extract/literals.js';

const ALPHABET = [...'国家局市县政府委'];

function regexScan(words: string[], text: string, from: number, to: number): { start: number; word: string }[] {
  const re = new RegExp([...new Set(words)].sort((a, b) => b.length - a.length).join('|'), 'g');
  return [...text.slice(0, to).matchAll(re)].filter((m) => m.index >= from).map((m) => ({ start: m.index, word: m[0] }));
}

describe('WordScanner', () => {
  it('finds what the longest-first regex alternation finds, in the given range', () => {
    const random = seededRandom(7);
    const pick = (n: number) => Array.from({ length: n }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join('');
    for (let round = 0; round < 200; round++) {
      const words = Array.from({ length: 1 + Math.floor(random() * 12) }, () => pick(1 + Math.floor(random() * 4)));
      const text = pick(60);
      const from = Math.floor(random() * 10);
      const to = 40 + Math.floor(random() * 20);
      // The regex restarts at `from` only where no match straddles it: compare from a clean start.
      const expected = regexScan(words, text.slice(from), 0, to - from).map((m) => ({ ...m, start: m.start + from }));
      expect(new WordScanner(words).scan(text, from, to), `${words.join(',')} in ${text}`).toEqual(expected);
    }
  });

  it('prefers the longer of two words at the same place and goes on after it', () => {
    expect(new WordScanner(['国家', '国家局', '局市']).scan('国家局市', 0, 4)).toEqual([{ start: 0, word: '国家局' }]);
    expect(new WordScanner(['县', '县政府']).scan('县政', 0, 2)).toEqual([{ start: 0, word: '县' }]);
  });
});
