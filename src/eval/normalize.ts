// One normaliser for every comparison the scorer makes, so that names, titles and
// field values written with different widths, quotes or spacing compare equal.

// Quote and bracket characters that wrap names without being part of them (portals write a title's
// inner 〈〉 as <> or ‹›).
const WRAPPERS = /[《》〈〉<>‹›“”‘’"'「」『』【】]/g;
// Dash forms seen in titles and phone numbers (after NFKC the full-width one is already ASCII).
const DASHES = /[—–\-－‐―]/g;
const WHITESPACE = /\s+/g;

/** NFKC, no whitespace, no wrapping quotes/brackets, every dash as `-`. */
export function normalizeName(value: string): string {
  return value.normalize('NFKC').replace(WHITESPACE, '').replace(WRAPPERS, '').replace(DASHES, '-');
}

/** Normalised form of an optional value; `null` and `undefined` and empty strings become `null`. */
export function normalizeValue(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const n = normalizeName(value);
  return n === '' ? null : n;
}

/** The set of normalised forms of a name and its aliases (empty forms dropped). */
export function nameKeys(name: string, aliases: readonly string[] = []): Set<string> {
  const keys = new Set<string>();
  for (const form of [name, ...aliases]) {
    const n = normalizeName(form);
    if (n !== '') keys.add(n);
  }
  return keys;
}

export function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const k of small) if (large.has(k)) return true;
  return false;
}
