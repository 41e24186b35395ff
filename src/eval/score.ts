// Scoring a set of letters: per-letter outcomes and their totals.
import { ENTITY_TYPES, type EntityType, type LetterRecord } from '../schema.js';
import { scoreEntities, type CanonicalCounts, type FalsePositive, type WrongName } from './entities.js';
import { scoreFields, type FieldResult } from './fields.js';
import type { GoldEntity, GoldFile } from './gold.js';
import { addCounts, scores, zeroCounts, type Counts, type Scores } from './metrics.js';
import { SCORED_RELATIONS, scoreRelations, type RelationMiss, type ScoredRelation } from './relations.js';

export interface LetterScore {
  /** The gold file's `source`. */
  source: string;
  /** Set when extraction failed: every field and required entity counts as missed. */
  error: string | null;
  entities: Record<EntityType, Counts>;
  canonical: CanonicalCounts;
  wrongNames: WrongName[];
  missed: GoldEntity[];
  falsePositives: FalsePositive[];
  relations: Record<ScoredRelation, Counts>;
  missedRelations: RelationMiss[];
  falseRelations: RelationMiss[];
  fields: FieldResult[];
}

export type Scored = Counts & Scores;

export interface FieldAccuracy {
  field: string;
  correct: number;
  total: number;
  accuracy: number;
}

export interface EvalReport {
  letters: LetterScore[];
  entities: { byType: Record<EntityType, Scored>; overall: Scored; canonical: CanonicalCounts & { accuracy: number | null } };
  relations: { byType: Record<ScoredRelation, Scored>; overall: Scored };
  fields: { byField: FieldAccuracy[]; correct: number; total: number; accuracy: number | null };
  failed: { source: string; error: string }[];
}

export type Prediction = Pick<
  LetterRecord,
  'letter' | 'proposal' | 'otherProposals' | 'proposer' | 'replyingAgency' | 'coHandlers' | 'signer' | 'contact' | 'entities' | 'relations'
>;

export function scoreLetter(gold: GoldFile, pred: Prediction | { error: string }): LetterScore {
  const failed = 'error' in pred;
  const record = failed ? null : pred;
  const ents = scoreEntities(record?.entities ?? [], gold.entities);
  const rels = scoreRelations(record?.relations ?? [], record?.entities ?? [], gold.relations, gold.entities);
  return {
    source: gold.source,
    error: failed ? pred.error : null,
    entities: ents.counts,
    canonical: ents.canonical,
    wrongNames: ents.wrongNames,
    missed: ents.missed,
    falsePositives: ents.falsePositives,
    relations: rels.counts,
    missedRelations: rels.missed,
    falseRelations: rels.falsePositives,
    fields: scoreFields(gold, record),
  };
}

function total<K extends string>(keys: readonly K[], letters: readonly Record<K, Counts>[]) {
  const byType = {} as Record<K, Scored>;
  const overall = zeroCounts();
  for (const key of keys) {
    const sum = zeroCounts();
    for (const l of letters) addCounts(sum, l[key]);
    addCounts(overall, sum);
    byType[key] = { ...sum, ...scores(sum) };
  }
  return { byType, overall: { ...overall, ...scores(overall) } };
}

export function summarize(letters: LetterScore[]): EvalReport {
  const byField = new Map<string, FieldAccuracy>();
  let correct = 0;
  let count = 0;
  for (const l of letters) {
    for (const f of l.fields) {
      const acc = byField.get(f.field) ?? { field: f.field, correct: 0, total: 0, accuracy: 0 };
      acc.total += 1;
      count += 1;
      if (f.correct) {
        acc.correct += 1;
        correct += 1;
      }
      byField.set(f.field, acc);
    }
  }
  for (const acc of byField.values()) acc.accuracy = acc.correct / acc.total;
  const found = letters.reduce((n, l) => n + l.canonical.found, 0);
  const named = letters.reduce((n, l) => n + l.canonical.correct, 0);
  return {
    letters,
    entities: {
      ...total(ENTITY_TYPES, letters.map((l) => l.entities)),
      canonical: { found, correct: named, accuracy: found === 0 ? null : named / found },
    },
    relations: total(SCORED_RELATIONS, letters.map((l) => l.relations)),
    fields: { byField: [...byField.values()], correct, total: count, accuracy: count === 0 ? null : correct / count },
    failed: letters.flatMap((l) => (l.error === null ? [] : [{ source: l.source, error: l.error }])),
  };
}

export interface Thresholds {
  minF1?: number | undefined;
  minFields?: number | undefined;
}

/** Reasons the report falls below the bar (empty when it passes). */
export function belowBar(report: EvalReport, bar: Thresholds): string[] {
  const reasons: string[] = [];
  if (bar.minF1 !== undefined) {
    const min = bar.minF1;
    const check = (label: string, f1: number | null) => {
      if (f1 !== null && f1 < min) reasons.push(`${label} F1 ${f1.toFixed(3)} < ${min}`);
    };
    check('overall entity', report.entities.overall.f1 ?? 0);
    for (const type of ENTITY_TYPES) check(type, report.entities.byType[type].f1);
  }
  if (bar.minFields !== undefined) {
    const acc = report.fields.accuracy;
    if (acc !== null && acc < bar.minFields) reasons.push(`fields accuracy ${acc.toFixed(3)} < ${bar.minFields}`);
  }
  return reasons;
}
