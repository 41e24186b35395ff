// Runs a library query read-only and turns the answer into plain values.
import neo4j, { type Driver, isDuration, isNode, isPath, isRelationship, Neo4jError } from 'neo4j-driver';
import type { LibraryQuery } from './cypherFiles.js';

/** A query that tried to change the database. */
export class WriteRefusedError extends Error {
  override name = 'WriteRefusedError';
}

export type QueryAnswer = { columns: string[]; rows: Record<string, unknown>[] };

/** `k=v`: v parsed as JSON when it parses (numbers, true, lists …), else taken as a string. */
export function parseParam(text: string): [string, unknown] {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new Error(`--param wants name=value, got '${text}'`);
  const name = text.slice(0, eq).trim();
  const raw = text.slice(eq + 1);
  try {
    return [name, JSON.parse(raw)];
  } catch {
    return [name, raw];
  }
}

/** Whole numbers go as Cypher integers (JS numbers would arrive as floats, which LIMIT and ids refuse). */
function toCypherValue(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherValue(v)]));
  }
  return value;
}

/** The query's declared parameters with their example values, overridden by those given. */
export function queryParams(query: LibraryQuery, given: Record<string, unknown>): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const p of query.params) params[p.name] = p.example;
  Object.assign(params, given);
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, toCypherValue(v)]));
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

/**
 * Runs the query in a read session and a read transaction: the server refuses
 * any write (Neo.ClientError.Statement.AccessMode), which we report as WriteRefusedError.
 */
export async function runReadQuery(driver: Driver, query: LibraryQuery, params: Record<string, unknown>): Promise<QueryAnswer> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(async (tx) => {
      const result = tx.run(query.cypher, params);
      const columns = (await result.keys()).map(String);
      const { records } = await result;
      return { columns, rows: records.map((r) => Object.fromEntries(columns.map((k) => [k, plainValue(r.get(k))]))) };
    });
  } catch (error) {
    if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Statement.AccessMode') {
      throw new WriteRefusedError(`query ${query.name} tries to write; lettergraph query only reads (${error.message.split('\n')[0]})`);
    }
    throw error;
  } finally {
    await session.close();
  }
}
