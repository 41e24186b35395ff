// Greedy one-to-one matching of predictions to gold items, shared by entities and relations.
// Predictions are taken in their given order; each gold item is taken at most once.
import type { Counts } from './metrics.js';

export interface Matched<P, G> {
  pred: P;
  gold: G;
}

export interface MatchResult<P, G> {
  hits: Matched<P, G>[];
  /** Predictions matching no gold item. */
  unmatched: P[];
  /** Predictions matching only gold items an earlier prediction already took. */
  duplicates: Matched<P, G>[];
  /** Required gold items left untaken. */
  missed: G[];
  matchedRequired: number;
}

/** The counts a match gives: duplicates are false positives too. */
export function countsOf(m: MatchResult<unknown, unknown>): Counts {
  return {
    tp: m.hits.length,
    fp: m.unmatched.length + m.duplicates.length,
    duplicates: m.duplicates.length,
    fn: m.missed.length,
    matchedRequired: m.matchedRequired,
  };
}

export function matchItems<P, G extends { required: boolean }>(
  preds: readonly P[],
  golds: readonly G[],
  same: (pred: P, gold: G) => boolean,
): MatchResult<P, G> {
  const taken = new Set<G>();
  const result: MatchResult<P, G> = { hits: [], unmatched: [], duplicates: [], missed: [], matchedRequired: 0 };
  for (const pred of preds) {
    const candidates = golds.filter((g) => same(pred, g));
    const first = candidates[0];
    if (first === undefined) {
      result.unmatched.push(pred);
      continue;
    }
    // Prefer a required item, so an optional look-alike cannot use up the match.
    const free = candidates.filter((g) => !taken.has(g));
    const pick = free.find((g) => g.required) ?? free[0];
    if (pick === undefined) {
      result.duplicates.push({ pred, gold: first });
      continue;
    }
    taken.add(pick);
    result.hits.push({ pred, gold: pick });
  }
  for (const g of golds) {
    if (!g.required) continue;
    if (taken.has(g)) result.matchedRequired += 1;
    else result.missed.push(g);
  }
  return result;
}
