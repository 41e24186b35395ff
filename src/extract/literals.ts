// Per-character lookups for the finders, which walk letters character by character.
// WordScanner finds any of a few hundred fixed words: a regex alternation of them tries every
// word at every position; here a position costs a table read or two (first character, then
// first two characters) unless a word may start there, and only the words starting with that
// character are tried.

const PAIR_BITS = 1 << 20;
const pairSlot = (first: number, second: number) => (first * 0x9e37 + second) & (PAIR_BITS - 1);

/** A set of words to find, indexed by first character, longest first within each character. */
export class WordScanner {
  /** Per first character: 1 when only words of two or more characters start with it, 2 when a one-character word does. */
  private readonly starts = new Uint8Array(0x10000);
  /** Hashed first two characters of the longer words; a collision only costs a useless try. */
  private readonly pairs = new Uint8Array(PAIR_BITS);
  private readonly byFirst = new Map<number, string[]>();

  constructor(words: Iterable<string>) {
    const longestFirst = [...new Set(words)].filter((w) => w !== '').sort((a, b) => b.length - a.length);
    for (const w of longestFirst) {
      const c = w.charCodeAt(0);
      if (w.length === 1) this.starts[c] = 2;
      else {
        this.starts[c] ||= 1;
        this.pairs[pairSlot(c, w.charCodeAt(1))] = 1;
      }
      const list = this.byFirst.get(c);
      if (list) list.push(w);
      else this.byFirst.set(c, [w]);
    }
  }

  /**
   * Leftmost-longest, non-overlapping matches in text[from, to), in order, as a global regex
   * of the words (longest first) finds them: after a match the search goes on at its end.
   */
  scan(text: string, from: number, to: number): { start: number; word: string }[] {
    const { starts, pairs, byFirst } = this;
    const out: { start: number; word: string }[] = [];
    for (let i = from, end = Math.min(to, text.length); i < end; i++) {
      const c = text.charCodeAt(i);
      const flag = starts[c];
      if (flag === 0 || (flag === 1 && pairs[pairSlot(c, text.charCodeAt(i + 1))] !== 1)) continue;
      for (const w of byFirst.get(c)!) {
        if (i + w.length > to || !text.startsWith(w, i)) continue;
        out.push({ start: i, word: w });
        i += w.length - 1;
        break;
      }
    }
    return out;
  }
}

/**
 * A test of one character (`test(text.charAt(i))`) remembered per UTF-16 code unit: the name
 * and body finders ask it at every character they walk over, and charAt would allocate a
 * string for each Chinese character.
 */
export function charTest(test: (ch: string) => boolean): (text: string, i: number) => boolean {
  const memo = new Uint8Array(0x10000); // 0: not asked yet, 1: passes, 2: fails
  return (text, i) => {
    const c = text.charCodeAt(i);
    if (Number.isNaN(c)) return test(''); // outside the text, where charAt gives ''
    if (memo[c] === 0) memo[c] = test(String.fromCharCode(c)) ? 1 : 2;
    return memo[c] === 1;
  };
}

/** A tester for `charTest` from a character class. */
export const matches = (re: RegExp) => (ch: string) => re.test(ch);

/** Words grouped by their last UTF-16 code unit, for asking which of them ends at a position. */
export function byLastCodeUnit(words: readonly string[]): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const w of words) {
    const c = w.charCodeAt(w.length - 1);
    const list = map.get(c);
    if (list) list.push(w);
    else map.set(c, [w]);
  }
  return map;
}
