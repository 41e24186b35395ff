// Per-character lookups for the finders, which walk letters character by character.
// WordScanner finds any of a few hundred fixed words: a regex alternation of them tries every
// word at every position; here a position costs one or two table reads unless a word starts with
// its two characters, and then a walk down a trie of the words as far as the text follows one (a
// hundred words start with 国家: the walk reads the next characters once instead of trying each word).

const PAIR_MASK = (1 << 20) - 1;
const pairHash = (a: number, b: number) => ((a << 7) ^ b) & PAIR_MASK;

type TrieNode = { next: Map<number, TrieNode>; word: string | null };
const trieNode = (): TrieNode => ({ next: new Map(), word: null });

/** A set of words to find, as a trie by UTF-16 code unit. */
export class WordScanner {
  /** Per code unit: 0 when no word starts with it, 1 when only longer words do, 2 when it is a word itself. */
  private readonly starts = new Uint8Array(0x10000);
  /** Hashed first two code units of the longer words: a place-name table starts with most common characters, but few pairs. */
  private readonly pairs = new Uint8Array(PAIR_MASK + 1);
  private readonly root = trieNode();

  constructor(words: Iterable<string>) {
    for (const w of new Set(words)) {
      if (w === '') continue;
      const c = w.charCodeAt(0);
      if (w.length === 1) this.starts[c] = 2;
      else {
        this.starts[c] ||= 1;
        this.pairs[pairHash(c, w.charCodeAt(1))] = 1;
      }
      let node = this.root;
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(i);
        let child = node.next.get(c);
        if (!child) node.next.set(c, (child = trieNode()));
        node = child;
      }
      node.word = w;
    }
  }

  /**
   * Leftmost-longest, non-overlapping matches in text[from, to), in order, as a global regex
   * of the words (longest first) finds them: after a match the search goes on at its end.
   */
  scan(text: string, from: number, to: number): { start: number; word: string }[] {
    const out: { start: number; word: string }[] = [];
    const end = Math.min(to, text.length);
    const starts = this.starts;
    for (let i = from; i < end; i++) {
      // Most characters start no word: one table read, without a call.
      if (starts[text.charCodeAt(i)] === 0) continue;
      const word = this.longestAt(text, i, end);
      if (word === null) continue;
      out.push({ start: i, word });
      i += word.length - 1;
    }
    return out;
  }

  /** The longest word starting at text[at] and ending by `to`, or null. */
  longestAt(text: string, at: number, to = text.length): string | null {
    const first = this.starts[text.charCodeAt(at)];
    if (first === undefined || first === 0) return null;
    if (first === 1 && (at + 1 >= to || this.pairs[pairHash(text.charCodeAt(at), text.charCodeAt(at + 1))] === 0)) return null;
    let node: TrieNode | undefined = this.root;
    let word: string | null = null;
    for (let k = at; k < to; k++) {
      node = node.next.get(text.charCodeAt(k));
      if (!node) break;
      if (node.word !== null) word = node.word;
    }
    return word;
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
