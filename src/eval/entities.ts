// Entity scoring for one letter: per type, predictions against gold by name-or-alias.
import { ENTITY_TYPES, type Entity, type EntityType } from '../schema.js';
import type { GoldEntity } from './gold.js';
import { countsOf, matchItems } from './match.js';
import type { Counts } from './metrics.js';
import { intersects, nameKeys, normalizeName } from './normalize.js';

export type PredictedEntity = Pick<Entity, 'type' | 'name' | 'aliases'>;

export interface FalsePositive {
  type: EntityType;
  name: string;
  /** Set for duplicates: the gold name an earlier prediction already matched. */
  duplicateOf?: string;
}

/** A required gold entity that was found under another name than the gold's canonical one. */
export interface WrongName {
  type: EntityType;
  name: string;
  gold: string;
}

/** Of the required gold entities found, how many carry the gold's canonical name. */
export interface CanonicalCounts {
  found: number;
  correct: number;
}

export interface EntityOutcome {
  counts: Record<EntityType, Counts>;
  canonical: CanonicalCounts;
  wrongNames: WrongName[];
  /** Required gold entities nobody found. */
  missed: GoldEntity[];
  falsePositives: FalsePositive[];
}

interface Keyed<T> {
  item: T;
  keys: Set<string>;
  required: boolean;
}

export function scoreEntities(predicted: readonly PredictedEntity[], gold: readonly GoldEntity[]): EntityOutcome {
  const outcome = { counts: {}, canonical: { found: 0, correct: 0 }, wrongNames: [], missed: [], falsePositives: [] } as unknown as EntityOutcome;
  for (const type of ENTITY_TYPES) {
    const preds: Keyed<PredictedEntity>[] = predicted
      .filter((e) => e.type === type)
      .map((e) => ({ item: e, keys: nameKeys(e.name, e.aliases), required: false }));
    const golds: Keyed<GoldEntity>[] = gold
      .filter((e) => e.type === type)
      .map((e) => ({ item: e, keys: nameKeys(e.name, e.aliases), required: e.required }));
    const m = matchItems(preds, golds, (p, g) => intersects(p.keys, g.keys));
    outcome.counts[type] = countsOf(m);
    for (const { pred, gold: g } of m.hits) {
      if (!g.required) continue;
      outcome.canonical.found += 1;
      if (normalizeName(pred.item.name) === normalizeName(g.item.name)) outcome.canonical.correct += 1;
      else outcome.wrongNames.push({ type, name: pred.item.name, gold: g.item.name });
    }
    outcome.missed.push(...m.missed.map((g) => g.item));
    outcome.falsePositives.push(
      ...m.unmatched.map((p) => ({ type, name: p.item.name })),
      ...m.duplicates.map((d) => ({ type, name: d.pred.item.name, duplicateOf: d.gold.item.name })),
    );
  }
  return outcome;
}
