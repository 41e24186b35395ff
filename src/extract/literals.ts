// Per-character lookups for the finders, which walk letters character by character.
// WordScanner finds any of a few hundred fixed words: a regex alternation of them tries every
// word at every position; here a position costs one or two table reads unless a word starts with
// its two characters, and then a walk down a trie of the words as far as the text follows one (a
// hundred words start with 国家: the walk reads the next characters once instead of trying each word).

// The tables are bitsets, small enough to stay in the processor's cache: a letter's extraction
// runs eight scanners over it among much other work, and with a byte per entry (64 KB of first
// characters, 1 MB of hashed pairs per scanner) most reads missed the cache.
const PAIR_BITS = 18;
const pairHash = (a: number, b: number) => ((a << 5) ^ b) & ((1 << PAIR_BITS) - 1);

/** A set of integers below 2^bits, one bit each. */
export class BitSet {
  private readonly words: Int32Array;
  constructor(bits: number) {
    this.words = new Int32Array(1 << (bits - 5));
  }
  add(n: number): void {
    this.words[n >>> 5]! |= 1 << (n & 31);
  }
  remove(n: number): void {
    this.words[n >>> 5]! &= ~(1 << (n & 31));
  }
  has(n: number): boolean {
    return (this.words[n >>> 5]! & (1 << (n & 31))) !== 0;
  }
}

/** A word a scanner found, and where. */
export type WordMatch = { start: number; word: string };

type TrieNode = { next: Map<number, TrieNode>; word: string | null };
const trieNode = (): TrieNode => ({ next: new Map(), word: null });

/** A set of words to find, as a trie by UTF-16 code unit. */
export class WordScanner {
  /** Code units some word starts with. */
  private readonly firsts = new BitSet(16);
  /** Code units that are a word themselves. */
  private readonly singles = new BitSet(16);
  /** Hashed first two code units of the longer words: a place-name table starts with most common characters, but few pairs. */
  private readonly pairs = new BitSet(PAIR_BITS);
  private readonly root = trieNode();

  constructor(words: Iterable<string>) {
    for (const w of new Set(words)) {
      if (w === '') continue;
      const c = w.charCodeAt(0);
      this.firsts.add(c);
      if (w.length === 1) this.singles.add(c);
      else this.pairs.add(pairHash(c, w.charCodeAt(1)));
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
  scan(text: string, from: number, to: number): WordMatch[] {
    const out: WordMatch[] = [];
    const end = Math.min(to, text.length);
    const firsts = this.firsts;
    for (let i = from; i < end; i++) {
      // Most characters start no word: one bit read, without a call.
      if (!firsts.has(text.charCodeAt(i))) continue;
      const word = this.longestAt(text, i, end);
      if (word === null) continue;
      out.push({ start: i, word });
      i += word.length - 1;
    }
    return out;
  }

  /** The code units the words start with. */
  firstCodeUnits(): Iterable<number> {
    return this.root.next.keys();
  }

  /** The longest word starting at text[at] and ending by `to`, or null. */
  longestAt(text: string, at: number, to = text.length): string | null {
    if (at < 0 || at >= to) return null;
    const c = text.charCodeAt(at);
    if (!this.firsts.has(c)) return null;
    if (!this.singles.has(c) && (at + 1 >= to || !this.pairs.has(pairHash(c, text.charCodeAt(at + 1))))) return null;
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
 * Several scanners run over the same stretch of text in one walk: findAgencies asks five about
 * each stretch, and each walking it on its own read every character five times. Each scanner's
 * matches are those its own scan gives (after a match, that scanner goes on at the match's end).
 */
export class ScannerGroup {
  /** Per code unit, bit k set when a word of scanner k starts with it. */
  private readonly starters = new Uint8Array(0x10000);

  constructor(private readonly scanners: readonly WordScanner[]) {
    if (scanners.length > 8) throw new Error('ScannerGroup: at most 8 scanners');
    scanners.forEach((s, k) => {
      for (const c of s.firstCodeUnits()) this.starters[c]! |= 1 << k;
    });
  }

  /** Every scanner's matches in text[from, to), a list per scanner in the group's order. */
  scan(text: string, from: number, to: number): WordMatch[][] {
    const out = this.scanners.map((): WordMatch[] => []);
    const resume = this.scanners.map(() => from); // where each scanner's next match may start
    const end = Math.min(to, text.length);
    for (let i = from; i < end; i++) {
      for (let k = 0, bits = this.starters[text.charCodeAt(i)]!; bits !== 0; k++, bits >>>= 1) {
        if ((bits & 1) === 0 || i < resume[k]!) continue;
        const word = this.scanners[k]!.longestAt(text, i, end);
        if (word === null) continue;
        out[k]!.push({ start: i, word });
        resume[k] = i + word.length;
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

/**
 * The first of `ranges` ([start, end), as the finders skip policy titles) that holds `at`, or
 * undefined. One helper for every finder, not `ranges.some(([a, b]) => …)` in each: the check V8
 * inlines of the list's element kind (which differs for an empty list, and for a mapped one as the
 * code that mapped it is optimised or not) threw each finder's optimised code away the first time it
 * met a kind it had not seen; here all finders' lists are seen together. (The lists are built by push.)
 */
export function rangeHolding(ranges: readonly (readonly [number, number])[], at: number): readonly [number, number] | undefined {
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i]!;
    if (at >= r[0] && at < r[1]) return r;
  }
  return undefined;
}

/** Does any of `ranges` ([start, end)) hold `at`? (See rangeHolding.) */
export const inRanges = (ranges: readonly (readonly [number, number])[], at: number): boolean => rangeHolding(ranges, at) !== undefined;
