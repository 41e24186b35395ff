// The merges file a researcher writes after reviewing `lettergraph duplicates`: a TSV with the
// header `type	name	canonical`, each row folding every entity of that type named or aliased
// `name` into `canonical`. A bad file is refused whole, with its line and reason, before anything is written.
import { readFileSync } from 'node:fs';
import { ENTITY_TYPES, EntityType } from '../schema.js';
import { renameKey, type Renames } from './renames.js';

export const MERGES_HEADER = ['type', 'name', 'canonical'] as const;

export class MergesFileError extends Error {
  constructor(file: string, line: number | null, reason: string) {
    super(line === null ? `${file}: ${reason}` : `${file}: line ${line}: ${reason}`);
  }
}

type Row = { line: number; type: EntityType; name: string; canonical: string };

function parseRows(file: string, text: string): Row[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines[0]!.split('\t').map((h) => h.trim());
  if (header.join('\t') !== MERGES_HEADER.join('\t')) {
    throw new MergesFileError(file, 1, `header must be "${MERGES_HEADER.join('\\t')}", found "${lines[0]}"`);
  }
  const rows: Row[] = [];
  lines.slice(1).forEach((raw, i) => {
    const line = i + 2;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const cells = raw.split('\t').map((c) => c.trim());
    if (cells.length !== 3 || cells.some((c) => c === '')) throw new MergesFileError(file, line, `expected 3 tab-separated fields (type, name, canonical), found ${cells.length}`);
    const [type, name, canonical] = cells as [string, string, string];
    const parsed = EntityType.safeParse(type);
    if (!parsed.success) throw new MergesFileError(file, line, `unknown type "${type}" (one of ${ENTITY_TYPES.join(', ')})`);
    if (name === canonical) throw new MergesFileError(file, line, `"${name}" is merged into itself`);
    rows.push({ line, type: parsed.data, name, canonical });
  });
  return rows;
}

/** Rows as a rename map, chains followed to their end (A→B, B→C: A→C); a cycle or a name given two canonicals is refused. */
export function mergesFromText(file: string, text: string): Renames {
  const rows = parseRows(file, text);
  const direct = new Map<string, Row>();
  for (const row of rows) {
    const key = renameKey(row.type, row.name);
    const before = direct.get(key);
    if (before && before.canonical !== row.canonical) {
      throw new MergesFileError(file, row.line, `${row.type} "${row.name}" is already merged into "${before.canonical}" on line ${before.line}`);
    }
    direct.set(key, row);
  }
  const renames = new Map<string, string>();
  for (const row of rows) {
    const seen = [row.name];
    let to = row.canonical;
    for (let next = direct.get(renameKey(row.type, to)); next; next = direct.get(renameKey(row.type, to))) {
      if (seen.includes(next.name) || next.canonical === row.name) {
        throw new MergesFileError(file, row.line, `cycle: ${[...seen, to, next.canonical].map((n) => `"${n}"`).join(' → ')}`);
      }
      seen.push(to);
      to = next.canonical;
    }
    renames.set(renameKey(row.type, row.name), to);
  }
  return renames;
}

export function readMergesFile(file: string): Renames {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new MergesFileError(file, null, (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message);
  }
  return mergesFromText(file, text);
}
