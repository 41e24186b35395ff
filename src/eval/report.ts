// Rendering an EvalReport: an aligned text table, or the same numbers as JSON.
import { ENTITY_TYPES } from '../schema.js';
import type { FieldResult } from './fields.js';
import { SCORED_RELATIONS } from './relations.js';
import type { EvalReport, Scored } from './score.js';

const num = (x: number | null): string => (x === null ? 'n/a' : x.toFixed(3));

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  // First column left-aligned (labels), the rest right-aligned (numbers).
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

function prfRow(label: string, s: Scored): string[] {
  const counts = [s.tp, s.fp, s.duplicates, s.matchedRequired, s.fn].map(String);
  return [label, num(s.precision), num(s.recall), num(s.f1), ...counts];
}

// P = TP / (TP + FP), FP including duplicates; R = reqTP / (reqTP + FN), over required gold only.
const PRF_HEADER = ['type', 'P', 'R', 'F1', 'TP', 'FP', 'dup', 'reqTP', 'FN'];

const show = (v: FieldResult['got']): string =>
  v === undefined ? '(no extraction)' : v === null ? 'null' : typeof v === 'string' ? `"${v}"` : `[${v.join(', ')}]`;

export function formatTable(report: EvalReport, verbose: boolean): string {
  const out: string[] = [];
  const { entities, relations, fields } = report;
  out.push(
    `Entities (${report.letters.length} letters, ${report.failed.length} failed; ` +
      'P = TP/(TP+FP), FP incl. duplicates; R = reqTP/(reqTP+FN) over required gold)',
  );
  out.push(
    table(PRF_HEADER, [
      ...ENTITY_TYPES.map((t) => prfRow(t, entities.byType[t])),
      prfRow('overall', entities.overall),
    ]),
  );
  const { canonical } = entities;
  out.push(
    `canonical names: ${num(canonical.accuracy)} (${canonical.correct} of ${canonical.found} required gold entities found carry the gold's name)`,
  );
  out.push('', 'Relations');
  out.push(
    table(PRF_HEADER, [
      ...SCORED_RELATIONS.map((t) => prfRow(t, relations.byType[t])),
      prfRow('overall', relations.overall),
    ]),
  );
  out.push('', 'Fields');
  out.push(
    table(
      ['field', 'correct', 'total', 'accuracy'],
      [
        ...fields.byField.map((f) => [f.field, String(f.correct), String(f.total), num(f.accuracy)]),
        ['overall', String(fields.correct), String(fields.total), num(fields.accuracy)],
      ],
    ),
  );
  if (report.failed.length > 0) {
    out.push('', 'Failed letters (scored as all missed)');
    for (const f of report.failed) out.push(`  ${f.source}: ${f.error}`);
  }
  if (verbose) {
    for (const l of report.letters) {
      out.push('', `== ${l.source}${l.error === null ? '' : `  [failed: ${l.error}]`}`);
      for (const m of l.missed) out.push(`  missed      ${m.type} ${m.name}`);
      for (const w of l.wrongNames) out.push(`  wrong name  ${w.type} ${w.name} (gold: ${w.gold})`);
      for (const fp of l.falsePositives)
        out.push(`  false pos   ${fp.type} ${fp.name}${fp.duplicateOf ? ` (duplicate of ${fp.duplicateOf})` : ''}`);
      for (const r of l.missedRelations) out.push(`  missed rel  ${r.type} ${r.from} -> ${r.to}`);
      for (const r of l.falseRelations) out.push(`  false rel   ${r.type} ${r.from} -> ${r.to}`);
      for (const f of l.fields)
        if (!f.correct) out.push(`  wrong field ${f.field}: expected ${show(f.expected)}, got ${show(f.got)}`);
    }
  }
  return out.join('\n');
}

export function formatJson(report: EvalReport, verbose: boolean, belowBar: string[]): string {
  const { letters, ...totals } = report;
  return JSON.stringify(
    {
      ...totals,
      belowBar,
      ...(verbose
        ? {
            letters: letters.map((l) => ({
              source: l.source,
              error: l.error,
              missed: l.missed.map((m) => ({ type: m.type, name: m.name })),
              wrongNames: l.wrongNames,
              falsePositives: l.falsePositives,
              missedRelations: l.missedRelations,
              falseRelations: l.falseRelations,
              wrongFields: l.fields.filter((f) => !f.correct),
            })),
          }
        : {}),
    },
    null,
    2,
  );
}
