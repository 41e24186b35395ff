// Runs a library query read-only and turns the answer into plain values.
import neo4j, { type Driver, type ManagedTransaction, isDuration, isNode, isPath, isRelationship, Neo4jError } from 'neo4j-driver';
import { describeParam, type LibraryQuery, type QueryParam } from './cypherFiles.js';

/** A query that tried to change the database. */
export class WriteRefusedError extends Error {
  override name = 'WriteRefusedError';
}

export type QueryAnswer = { columns: string[]; rows: Record<string, unknown>[] };

/** A parameter the query does not take, lacks or cannot read (the CLI exits 2 naming what it takes). */
export class QueryParamError extends Error {
  override name = 'QueryParamError';
}

/** `k=v`, the value as text: the query's declared type says how to read it. */
export function parseParam(text: string): [string, string] {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new Error(`--param wants name=value, got '${text}'`);
  return [text.slice(0, eq).trim(), text.slice(eq + 1)];
}

/** One value as its declared type; integers go as Cypher integers (JS numbers would arrive as floats, which LIMIT refuses). */
function typedValue(p: QueryParam, value: unknown): unknown {
  const article = /^[aeiou]/i.test(p.type) ? 'an' : 'a';
  const bad = () => new QueryParamError(`parameter ${p.name} wants ${/^[a-z]/.test(p.type) ? '' : 'the name of '}${article} ${p.type}, got ${JSON.stringify(value)}`);
  switch (p.type) {
    case 'integer': {
      const n = typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isSafeInteger(n)) throw bad();
      return neo4j.int(n);
    }
    case 'float': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isFinite(n)) throw bad();
      return n;
    }
    case 'boolean':
      if (value === true || value === 'true') return true;
      if (value === false || value === 'false') return false;
      throw bad();
    default:
      if (typeof value !== 'string') throw bad();
      return value;
  }
}

/** The given parameters checked against the query's declarations, defaults filled in; unknown or missing ones are refused. */
export function queryParams(query: LibraryQuery, given: Record<string, unknown>): Record<string, unknown> {
  const takes = () => (query.params.length ? `it takes ${query.params.map(describeParam).join(', ')}` : 'it takes none');
  const declared = new Map(query.params.map((p) => [p.name, p]));
  const unknown = Object.keys(given).filter((name) => !declared.has(name));
  if (unknown.length) throw new QueryParamError(`query ${query.name}: unknown parameter ${unknown.join(', ')}; ${takes()}`);
  const params: Record<string, unknown> = {};
  for (const p of query.params) {
    if (!(p.name in given) && !('default' in p)) throw new QueryParamError(`query ${query.name}: missing parameter ${p.name}; ${takes()}`);
    try {
      params[p.name] = typedValue(p, p.name in given ? given[p.name] : p.default);
    } catch (error) {
      throw new QueryParamError(`query ${query.name}: ${(error as Error).message}; ${takes()}`);
    }
  }
  return params;
}

/** Driver values as JSON-friendly ones: nodes keep their labels, relationships their type, paths their steps. */
export function plainValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isNode(value)) return { _labels: value.labels, ...plainProps(value.properties) };
  if (isRelationship(value)) return { _type: value.type, ...plainProps(value.properties) };
  if (isPath(value)) {
    const steps: unknown[] = [plainValue(value.start)];
    for (const segment of value.segments) steps.push(plainValue(segment.relationship), plainValue(segment.end));
    return steps;
  }
  if (isDuration(value)) return value.toString();
  if (Array.isArray(value)) return value.map(plainValue);
  if (typeof value === 'object') {
    // Temporal and spatial values print themselves; plain maps recurse.
    if (value.constructor !== Object && typeof (value as { toString?: unknown }).toString === 'function') return String(value);
    return plainProps(value as Record<string, unknown>);
  }
  return value;
}

function plainProps(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, plainValue(v)]));
}

/** A query stopped by its transaction timeout. */
export class QueryTimeoutError extends Error {
  override name = 'QueryTimeoutError';
}

/** The default transaction timeout of `query` and `serve --neo4j`. */
export const DEFAULT_QUERY_TIMEOUT_S = 30;

/** Server codes of a transaction stopped by its timeout (set by the client, or the server's own limit). */
const TIMED_OUT = /^Neo\.ClientError\.Transaction\.TransactionTimedOut/;

/**
 * Work in a read session's read transaction under a transaction timeout, its errors as
 * WriteRefusedError and QueryTimeoutError. A timed-out transaction is a client error, so the
 * driver does not retry it.
 */
export async function readWithTimeout<T>(driver: Driver, what: string, timeoutS: number, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(work, { timeout: Math.round(timeoutS * 1000) });
  } catch (error) {
    if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Statement.AccessMode') {
      throw new WriteRefusedError(`${what} tries to write; lettergraph query only reads (${error.message.split('\n')[0]})`);
    }
    if (error instanceof Neo4jError && TIMED_OUT.test(error.code)) {
      throw new QueryTimeoutError(`${what} stopped by its ${timeoutS} s transaction timeout (--timeout <seconds> to allow more)`);
    }
    throw error;
  } finally {
    await session.close();
  }
}

/**
 * Runs the query in a read session and a read transaction under `timeoutS`: the server refuses
 * any write (Neo.ClientError.Statement.AccessMode), reported as WriteRefusedError.
 */
export async function runReadQuery(driver: Driver, query: LibraryQuery, params: Record<string, unknown>, timeoutS = DEFAULT_QUERY_TIMEOUT_S): Promise<QueryAnswer> {
  return readWithTimeout(driver, `query ${query.name}`, timeoutS, async (tx) => {
    const result = tx.run(query.cypher, params);
    const columns = (await result.keys()).map(String);
    const { records } = await result;
    return { columns, rows: records.map((r) => Object.fromEntries(columns.map((k) => [k, plainValue(r.get(k))]))) };
  });
}

// An exact name or alias through the full-text index of names (a phrase query, then an exact comparison).
const NAMED_NODE = `
CALL db.index.fulltext.queryNodes('entityNames', $phrase) YIELD node
WHERE node.name = $name OR $name IN node.aliases
RETURN labels(node) AS labels`;

/** `text` as one Lucene phrase: inside quotes only the quote and the backslash need escaping. */
export function lucenePhrase(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&')}"`;
}

/**
 * The parameters naming a node that no node of that label has as name or alias, each as
 * "no Fund named '…'": tells "not found" apart from "no result" when a query answers nothing.
 */
export async function namesNotFound(driver: Driver, query: LibraryQuery, params: Record<string, unknown>, timeoutS = DEFAULT_QUERY_TIMEOUT_S): Promise<string[]> {
  const named = query.params.filter((p) => /^[A-Z]/.test(p.type) && typeof params[p.name] === 'string' && params[p.name] !== '');
  const missing: string[] = [];
  for (const p of named) {
    const name = params[p.name] as string;
    const labels = await readWithTimeout(driver, `query ${query.name}`, timeoutS, async (tx) => {
      const result = await tx.run(NAMED_NODE, { phrase: lucenePhrase(name), name });
      return result.records.flatMap((r) => r.get('labels') as string[]);
    });
    if (p.type === 'Entity' ? labels.length === 0 : !labels.includes(p.type)) missing.push(`no ${p.type === 'Entity' ? 'entity' : p.type} named '${name}' (by name or alias)`);
  }
  return missing;
}
