// Relation scoring for one letter: the ISSUED and MANAGES edges the text states.
// An endpoint matches when the names (with the aliases of the entity of that name) meet.
import type { Entity, Relation } from '../schema.js';
import type { GoldEntity, GoldRelation } from './gold.js';
import { countsOf, matchItems } from './match.js';
import type { Counts } from './metrics.js';
import { intersects, nameKeys, normalizeName } from './normalize.js';

export const SCORED_RELATIONS = ['ISSUED', 'MANAGES'] as const;
export type ScoredRelation = (typeof SCORED_RELATIONS)[number];

export interface RelationMiss {
  type: ScoredRelation;
  from: string;
  to: string;
}

export interface RelationOutcome {
  counts: Record<ScoredRelation, Counts>;
  missed: RelationMiss[];
  falsePositives: RelationMiss[];
}

/** The keys a name stands for: itself plus every form of entities bearing it. */
function endpointKeys(name: string, entities: readonly { name: string; aliases: readonly string[] }[]): Set<string> {
  const keys = nameKeys(name);
  const n = normalizeName(name);
  for (const e of entities) {
    const ek = nameKeys(e.name, e.aliases);
    if (ek.has(n)) for (const k of ek) keys.add(k);
  }
  return keys;
}

export function scoreRelations(
  predicted: readonly Relation[],
  predictedEntities: readonly Pick<Entity, 'name' | 'aliases'>[],
  gold: readonly GoldRelation[],
  goldEntities: readonly GoldEntity[],
): RelationOutcome {
  const outcome = { counts: {}, missed: [], falsePositives: [] } as unknown as RelationOutcome;
  for (const type of SCORED_RELATIONS) {
    const preds = predicted
      .filter((r) => r.type === type)
      .map((r) => ({
        from: r.from.key,
        to: r.to.key,
        fromKeys: endpointKeys(r.from.key, predictedEntities),
        toKeys: endpointKeys(r.to.key, predictedEntities),
      }));
    const golds = gold
      .filter((r) => r.type === type)
      .map((r) => ({
        rel: r,
        required: r.required,
        fromKeys: endpointKeys(r.from, goldEntities),
        toKeys: endpointKeys(r.to, goldEntities),
      }));
    const m = matchItems(preds, golds, (p, g) => intersects(p.fromKeys, g.fromKeys) && intersects(p.toKeys, g.toKeys));
    outcome.counts[type] = countsOf(m);
    outcome.missed.push(...m.missed.map((g) => ({ type, from: g.rel.from, to: g.rel.to })));
    outcome.falsePositives.push(
      ...[...m.unmatched, ...m.duplicates.map((d) => d.pred)].map((p) => ({ type, from: p.from, to: p.to })),
    );
  }
  return outcome;
}
