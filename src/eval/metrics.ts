// Counts and the precision/recall/F1 computed from them. Recall counts only required
// gold items; precision counts every prediction (a match to any gold item is a hit).

export interface Counts {
  /** Predictions that matched a gold item not already taken. */
  tp: number;
  /** Predictions that matched nothing, plus duplicates. */
  fp: number;
  /** Predictions that matched only gold items already taken (included in `fp`). */
  duplicates: number;
  /** Required gold items no prediction matched. */
  fn: number;
  /** Required gold items some prediction matched. */
  matchedRequired: number;
}

export interface Scores {
  /** `null` when there were no predictions. */
  precision: number | null;
  /** `null` when there was nothing required. */
  recall: number | null;
  /** Harmonic mean; where one side is undefined, the other; `null` when both are. */
  f1: number | null;
}

export const zeroCounts = (): Counts => ({ tp: 0, fp: 0, duplicates: 0, fn: 0, matchedRequired: 0 });

export function addCounts(into: Counts, more: Counts): Counts {
  into.tp += more.tp;
  into.fp += more.fp;
  into.duplicates += more.duplicates;
  into.fn += more.fn;
  into.matchedRequired += more.matchedRequired;
  return into;
}

export function scores(c: Counts): Scores {
  const predicted = c.tp + c.fp;
  const required = c.matchedRequired + c.fn;
  const precision = predicted === 0 ? null : c.tp / predicted;
  const recall = required === 0 ? null : c.matchedRequired / required;
  let f1: number | null;
  if (precision === null) f1 = recall;
  else if (recall === null) f1 = precision;
  else f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
