// The Cypher that lives in files: `cypher/schema.cypher` and the query
// library `cypher/queries/*.cypher`. Files, not strings in code, so the same
// text can be pasted into Neo4j Browser.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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

export type QueryParam = { name: string; example: unknown };

export type LibraryQuery = {
  name: string;
  file: string;
  /** The first comment line. */
  summary: string;
  /** `// :param name => value` lines: the parameters and the values the CLI uses when none is given. */
  params: QueryParam[];
  cypher: string;
};

const PARAM_LINE = /^\/\/\s*:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(.+?)\s*;?\s*$/;

/** Reads a query file. Its `:param` values must be JSON (double-quoted strings), which Cypher reads the same way. */
export function parseQuery(file: string, text: string): LibraryQuery {
  const lines = text.split('\n');
  const comments = lines.filter((l) => l.trimStart().startsWith('//')).map((l) => l.trim());
  const summary = comments.map((l) => l.replace(/^\/\/\s?/, '').trim()).find((l) => l.length > 0 && !l.startsWith(':')) ?? '';
  const params: QueryParam[] = [];
  for (const line of comments) {
    const match = PARAM_LINE.exec(line);
    if (!match) continue;
    const [, name, raw] = match as unknown as [string, string, string];
    let example: unknown;
    try {
      example = JSON.parse(raw);
    } catch {
      throw new Error(`${file}: the value of :param ${name} is not JSON: ${raw}`);
    }
    params.push({ name, example });
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
