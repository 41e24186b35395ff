import { describe, expect, it } from 'vitest';
import { parseQuery, readQueryLibrary, readSchemaStatements, splitStatements } from '../../src/neo4j/cypherFiles.js';
import neo4j from 'neo4j-driver';
import { parseParam, QueryParamError, queryParams } from '../../src/neo4j/query.js';
import { cellText, displayWidth, formatTable, truncate } from '../../src/neo4j/table.js';

describe('the query library (cypher/queries)', () => {
  it('holds the queries the docs promise, each one statement with a summary line', async () => {
    const library = await readQueryLibrary();
    expect(library.map((q) => q.name)).toEqual(
      expect.arrayContaining([
        'fund-letters',
        'policy-agencies',
        'cohandling-network',
        'proposer-letters',
        'neighbourhood',
        'shortest-path',
        'entities-by-year',
        'search-entities',
        'alias-matches',
      ]),
    );
    for (const q of library) {
      expect(q.summary.length, q.name).toBeGreaterThan(10);
      // Every $param the text uses is declared with a :param line, so --list shows it and Browser users can set it.
      const used = new Set([...q.cypher.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]));
      expect(new Set(q.params.map((p) => p.name)), q.name).toEqual(used);
    }
  });

  it('never writes: no write clause in any library query', async () => {
    for (const q of await readQueryLibrary()) {
      expect(q.cypher, q.name).not.toMatch(/\b(CREATE|MERGE|DELETE|SET|REMOVE|DROP|LOAD\s+CSV)\b/i);
    }
  });

  it('reads :param lines (name, type, JSON default) and refuses other forms', () => {
    const q = parseQuery('x.cypher', '// Find things.\n// :param name: Fund\n// :param limit: integer = 5\nMATCH (n) WHERE n.name = $name RETURN n LIMIT $limit;\n');
    expect(q).toMatchObject({ name: 'x', summary: 'Find things.', params: [{ name: 'name', type: 'Fund' }, { name: 'limit', type: 'integer', default: 5 }] });
    expect('default' in q.params[0]!).toBe(false);
    expect(q.cypher).toBe('MATCH (n) WHERE n.name = $name RETURN n LIMIT $limit');
    expect(() => parseQuery('y.cypher', "// :param name: string = '单引号'\nRETURN $name;")).toThrow(/y.cypher.*not JSON/);
    expect(() => parseQuery('t.cypher', '// :param name: text\nRETURN $name;')).toThrow(/t.cypher.*type 'text'/);
    expect(() => parseQuery('o.cypher', '// :param name => "old form"\nRETURN $name;')).toThrow(/o.cypher.*name: type/);
    expect(() => parseQuery('z.cypher', 'RETURN 1;\nRETURN 2;')).toThrow(/exactly one statement/);
  });
});

describe('cypher/schema.cypher', () => {
  it('is idempotent statement by statement and indexes names and aliases with the cjk analyzer', async () => {
    const statements = await readSchemaStatements();
    expect(statements.length).toBeGreaterThanOrEqual(9);
    for (const s of statements) expect(s).toMatch(/IF NOT EXISTS/);
    expect(statements.join('\n')).toMatch(/FULLTEXT INDEX entityNames[\s\S]*\[n\.name, n\.aliases\][\s\S]*'cjk'/);
  });

  it('splits at semicolons that end a line, ignoring comment lines', () => {
    expect(splitStatements('// a; comment;\nRETURN 1;\nRETURN "a;b";  \nRETURN 3')).toEqual(['RETURN 1', 'RETURN "a;b"', 'RETURN 3']);
  });
});

describe('query parameters', () => {
  it('reads name=value, the value as text', () => {
    expect(parseParam('fund=种子基金')).toEqual(['fund', '种子基金']);
    expect(parseParam('limit=5')).toEqual(['limit', '5']);
    expect(parseParam('eq=a=b')).toEqual(['eq', 'a=b']);
    expect(() => parseParam('novalue')).toThrow(/name=value/);
  });

  const q = parseQuery('q.cypher', '// Q.\n// :param name: Agency\n// :param limit: integer = 5\n// :param share: float = 0.5\n// :param all: boolean = false\nRETURN $name, $limit, $share, $all;');

  it('reads values as the declared types, fills in defaults and sends integers as Cypher integers', () => {
    const params = queryParams(q, { name: '123', limit: '7', all: 'true' });
    expect(params.name).toBe('123');
    expect(neo4j.isInt(params.limit)).toBe(true);
    expect(String(params.limit)).toBe('7');
    expect(params.share).toBe(0.5);
    expect(params.all).toBe(true);
    expect(String(queryParams(q, { name: 'x' }).limit)).toBe('5');
  });

  it('refuses unknown and missing parameters and unreadable values, naming what the query takes', () => {
    const takes = 'it takes name: Agency (required), limit: integer = 5, share: float = 0.5, all: boolean = false';
    expect(() => queryParams(q, { name: 'x', limt: '3' })).toThrow(new QueryParamError(`query q: unknown parameter limt; ${takes}`));
    expect(() => queryParams(q, { limit: '3' })).toThrow(new QueryParamError(`query q: missing parameter name; ${takes}`));
    expect(() => queryParams(q, { name: 'x', limit: '2.5' })).toThrow(/parameter limit wants an integer, got "2.5"/);
    expect(() => queryParams(q, { name: 'x', all: 'yes' })).toThrow(/parameter all wants a boolean/);
    expect(() => queryParams(q, { name: 5 })).toThrow(/parameter name wants the name of an Agency/);
  });
});

describe('table output', () => {
  it('counts Chinese characters as two columns and aligns on that', () => {
    expect(displayWidth('种子基金 ab')).toBe(11);
    const table = formatTable({ columns: ['name', 'n'], rows: [{ name: '种子基金', n: 3 }, { name: 'abc', n: 10 }] });
    const lines = table.split('\n');
    expect(lines[2]).toBe('种子基金  3');
    expect(lines[3]).toBe('abc       10');
    expect(lines[4]).toBe('(2 rows)');
  });

  it('cuts long cells and renders lists, nodes and maps readably', () => {
    expect(truncate('一二三四五六', 7)).toBe('一二三…');
    expect(cellText(['a', 'b'])).toBe('a | b');
    expect(cellText({ _labels: ['Fund'], name: '种子基金' })).toBe('(Fund 种子基金)');
    expect(cellText({ year: '2024', letters: 2 })).toBe('year=2024, letters=2');
  });
});
