// The Cypher that lives in files: `cypher/schema.cypher` and the query
// library `cypher/queries/*.cypher`. Files, not strings in code, so the same
// text can be pasted into Neo4j Browser.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENTITY_TYPES } from '../schema.js';

/** The repository's `cypher/` folder, found upwards from this module (works from src/ and dist/). */
export function cypherDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'cypher');
    if (existsSync(join(candidate, 'schema.cypher'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the cypher/ folder (cypher/schema.cypher) above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

/** Statements of a script: `//` comment lines dropped, split at `;` ending a line. */
export function splitStatements(script: string): string[] {
  return script
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .split(/;[ \t]*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export async function readSchemaStatements(): Promise<string[]> {
  return splitStatements(await readFile(join(cypherDir(), 'schema.cypher'), 'utf8'));
}

/** What a parameter holds: a plain value, or the name (or alias) of a node of that label. */
export const PARAM_TYPES = ['string', 'integer', 'float', 'boolean', ...ENTITY_TYPES, 'Entity'] as const;
export type ParamType = (typeof PARAM_TYPES)[number];

export type QueryParam = {
  name: string;
  type: ParamType;
  /** The value used when none is given; absent: the parameter is required. */
  default?: unknown;
};

export type LibraryQuery = {
  name: string;
  file: string;
  /** The first comment line. */
  summary: string;
  /** `// :param name: type [= default]` lines. */
  params: QueryParam[];
  cypher: string;
};

const PARAM_LINE = /^\/\/\s*:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*:\s*([A-Za-z]+)\s*(?:=\s*(.+?))?\s*$/;

/** The parameter as `--list` and error messages show it: `limit: integer = 25`, `fund: Fund (required)`. */
export function describeParam(p: QueryParam): string {
  return `${p.name}: ${p.type}${'default' in p ? ` = ${JSON.stringify(p.default)}` : ' (required)'}`;
}

/** Reads a query file. Defaults must be JSON (double-quoted strings), which Cypher reads the same way. */
export function parseQuery(file: string, text: string): LibraryQuery {
  const lines = text.split('\n');
  const comments = lines.filter((l) => l.trimStart().startsWith('//')).map((l) => l.trim());
  const summary = comments.map((l) => l.replace(/^\/\/\s?/, '').trim()).find((l) => l.length > 0 && !l.startsWith(':')) ?? '';
  const params: QueryParam[] = [];
  for (const line of comments) {
    if (!/^\/\/\s*:param\b/.test(line)) continue;
    const match = PARAM_LINE.exec(line);
    if (!match) throw new Error(`${file}: a :param line reads '// :param name: type [= default]', got: ${line}`);
    const [, name, type, raw] = match as unknown as [string, string, string, string | undefined];
    if (!(PARAM_TYPES as readonly string[]).includes(type)) throw new Error(`${file}: :param ${name} has type '${type}', not one of ${PARAM_TYPES.join(', ')}`);
    const param: QueryParam = { name, type: type as ParamType };
    if (raw !== undefined) {
      try {
        param.default = JSON.parse(raw);
      } catch {
        throw new Error(`${file}: the default of :param ${name} is not JSON: ${raw}`);
      }
    }
    params.push(param);
  }
  const statements = splitStatements(text);
  if (statements.length !== 1) throw new Error(`${file}: a library query holds exactly one statement, found ${statements.length}`);
  return { name: basename(file, '.cypher'), file, summary, params, cypher: statements[0] as string };
}

export async function readQueryLibrary(dir = join(cypherDir(), 'queries')): Promise<LibraryQuery[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cypher')).sort();
  return Promise.all(files.map(async (f) => parseQuery(join(dir, f), await readFile(join(dir, f), 'utf8'))));
}

/** A library query by name, or a query file by path. */
export async function resolveQuery(nameOrFile: string): Promise<LibraryQuery> {
  if (nameOrFile.endsWith('.cypher') || nameOrFile.includes('/')) {
    const file = resolve(nameOrFile);
    return parseQuery(file, await readFile(file, 'utf8'));
  }
  const library = await readQueryLibrary();
  const found = library.find((q) => q.name === nameOrFile);
  if (!found) {
    throw new Error(`no query named '${nameOrFile}' (lettergraph query --list shows ${library.length} queries)`);
  }
  return found;
}
