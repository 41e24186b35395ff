// Writes letters into Neo4j in batches. A batch is one managed write
// transaction holding, for each of its letters, the deletion of every edge the
// letter owned and the creation of its new ones: a crash leaves each letter
// either as it was or fully replaced, and running the load again completes it.
import { type Driver, type ManagedTransaction, Neo4jError, type QueryResult } from 'neo4j-driver';
import type { EntityType, LetterRecord } from '../schema.js';
import { readSchemaStatements } from './cypherFiles.js';
import { letterGraph, type LetterGraph, type StatedRelationRow } from './rows.js';
import * as S from './statements.js';
import { linkRenamedBodies } from './renamed.js';

export type LoadCounts = {
  /** Letters written (after merging duplicates within a batch). */
  letters: number;
  /** Of those, letters new to the database. */
  lettersCreated: number;
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
};

export type LoadFailure = { id: string; source: string; error: string };

export type LoadResult = LoadCounts & {
  /** Entities and proposals removed at the end because no letter refers to them any more. */
  orphansDeleted: number;
  failed: LoadFailure[];
};

export type LoadOptions = {
  /** Letters per transaction. */
  batchSize?: number;
  /** Called after each batch with the number of letters handled so far. */
  onProgress?: (lettersDone: number) => void;
};

// Measured with npm run bench:load on the local 1 GB-heap server: 250 letters
// (about 12,000 elements) per transaction beat 100, 500 and 1000.
export const DEFAULT_BATCH_SIZE = 250;

function emptyCounts(): LoadCounts {
  return {
    letters: 0,
    lettersCreated: 0,
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
  };
}

function addCounts(into: LoadCounts, from: LoadCounts): void {
  for (const key of Object.keys(into) as (keyof LoadCounts)[]) into[key] += from[key];
}

/** Applies cypher/schema.cypher (idempotent) and waits for the indexes to be online. */
export async function applySchema(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    for (const statement of await readSchemaStatements()) await session.run(statement);
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
}

function groupBy<T, K extends string>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** One record per letter id: the last one read wins, with the sources of all. */
function mergeDuplicates(records: LetterRecord[]): LetterGraph[] {
  const byId = new Map<string, LetterGraph>();
  for (const record of records) {
    const graph = letterGraph(record);
    const earlier = byId.get(record.id);
    if (earlier) {
      const sources = [...new Set([...earlier.letter.sources, ...graph.letter.sources])];
      graph.letter.sources = sources;
      byId.delete(record.id);
    }
    byId.set(record.id, graph);
  }
  return [...byId.values()];
}

/** The whole write of a batch of letters, run inside one transaction. */
async function writeLetters(tx: ManagedTransaction, graphs: LetterGraph[]): Promise<LoadCounts> {
  const counts = emptyCounts();
  const touched = new Set<string>();
  const run = async (query: string, params: Record<string, unknown>): Promise<QueryResult['records']> => {
    const result = await tx.run(query, params);
    const c = result.summary.counters.updates();
    counts.nodesCreated += c.nodesCreated;
    counts.nodesDeleted += c.nodesDeleted;
    counts.relationshipsCreated += c.relationshipsCreated;
    counts.relationshipsDeleted += c.relationshipsDeleted;
    counts.propertiesSet += c.propertiesSet;
    return result.records;
  };
  const collectTouched = (records: QueryResult['records']): void => {
    for (const record of records) for (const id of record.get('touched') as string[]) touched.add(id);
  };
  const runRows = async (query: string, rows: unknown[]): Promise<QueryResult['records']> =>
    rows.length > 0 ? run(query, { rows }) : [];
  const all = <K extends keyof LetterGraph>(key: K): LetterGraph[K] =>
    graphs.flatMap((g) => g[key] as unknown[]) as LetterGraph[K];

  const ids = graphs.map((g) => g.letter.id);

  // 1. Drop what the letters owned before.
  const [state] = await run(S.BATCH_STATE, { rows: graphs.map((g) => ({ id: g.letter.id, sources: g.letter.sources })) });
  const existing = (state?.get('existing') as string[] | undefined) ?? [];
  const sources = (state?.get('sources') as string[] | undefined) ?? [];
  let gone: string[] = [];
  if (sources.length > 0) {
    const detached = await run(S.DETACH_MOVED_SOURCES, { ids, sources });
    collectTouched(detached);
    gone = detached.flatMap((r) => r.get('gone') as string[]);
  }
  if (existing.length > 0) collectTouched(await run(S.DELETE_LETTER_EDGES, { ids: existing }));
  const owners = [...existing, ...gone];
  if (owners.length > 0) for (const type of S.LETTER_ID_TYPES) await run(S.deleteOwnedEdges(type), { ids: owners });

  // 2. Write them anew.
  await run(S.MERGE_LETTERS, { rows: graphs.map((g) => g.letter), moved: sources });
  counts.letters = graphs.length;
  counts.lettersCreated = graphs.length - existing.length;
  await runRows(S.MERGE_PROPOSALS, all('proposals'));
  const byLabel = <T extends { label: EntityType }>(rows: T[]) => groupBy(rows, (r) => r.label);
  for (const [label, rows] of byLabel(all('entities'))) await runRows(S.mergeEntities(label), rows);
  for (const [label, rows] of byLabel(all('mentions'))) collectTouched(await runRows(S.createMentions(label), rows));
  await runRows(S.CREATE_ISSUED_BY, all('issuedBy'));
  await runRows(S.CREATE_CO_HANDLED, all('coHandled'));
  await runRows(S.CREATE_SIGNED, all('signed'));
  await runRows(S.CREATE_PROPOSED, all('proposed'));
  const stated = groupBy(all('stated'), (r: StatedRelationRow) => `${r.type}:${r.fromLabel}:${r.toLabel}` as const);
  for (const rows of stated.values()) {
    const first = rows[0] as StatedRelationRow;
    await runRows(S.createStated(first.type, first.fromLabel, first.toLabel), rows);
  }
  await runRows(S.CREATE_CO_MENTIONED, all('coMentions'));

  // 3. Aliases of every entity that gained or lost a mention carrying aliases.
  if (touched.size > 0) await run(S.REFRESH_ALIASES, { elementIds: [...touched] });
  return counts;
}

/** Errors about the data of one batch (as opposed to the connection): worth retrying letter by letter. */
function isDataError(error: unknown): boolean {
  return error instanceof Neo4jError && /^Neo\.(ClientError\.(Statement|Schema)|DatabaseError)\./.test(error.code);
}

function failure(graph: LetterGraph, error: unknown): LoadFailure {
  const text = error instanceof Error ? error.message : String(error);
  return { id: graph.letter.id, source: graph.letter.sources.join(', '), error: text.split('\n')[0] ?? text };
}

async function writeBatch(driver: Driver, records: LetterRecord[]): Promise<{ counts: LoadCounts; failed: LoadFailure[] }> {
  const graphs = mergeDuplicates(records);
  const session = driver.session();
  try {
    try {
      return { counts: await session.executeWrite((tx) => writeLetters(tx, graphs)), failed: [] };
    } catch (error) {
      if (!isDataError(error)) throw error;
      if (graphs.length === 1) return { counts: emptyCounts(), failed: [failure(graphs[0] as LetterGraph, error)] };
    }
    // One letter spoiled the batch: write them one by one so only that letter fails.
    const counts = emptyCounts();
    const failed: LoadFailure[] = [];
    for (const graph of graphs) {
      try {
        addCounts(counts, await session.executeWrite((tx) => writeLetters(tx, [graph])));
      } catch (error) {
        if (!isDataError(error)) throw error;
        failed.push(failure(graph, error));
      }
    }
    return { counts, failed };
  } finally {
    await session.close();
  }
}

/** Deletes entities and proposals nothing refers to. */
export async function deleteOrphans(driver: Driver): Promise<number> {
  const session = driver.session();
  try {
    return await session.executeWrite(async (tx) => {
      const result = await tx.run(S.DELETE_ORPHANS);
      return (result.records[0]?.get('deleted') as number | undefined) ?? 0;
    });
  } finally {
    await session.close();
  }
}

/**
 * Loads records into Neo4j: schema first, then batches, then the orphan sweep.
 * Connection problems propagate; a letter the database rejects is reported in `failed`.
 */
export async function loadRecords(
  driver: Driver,
  records: AsyncIterable<LetterRecord> | Iterable<LetterRecord>,
  options: LoadOptions = {},
): Promise<LoadResult> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batch size must be a positive integer, got ${batchSize}`);
  await applySchema(driver);
  const counts = emptyCounts();
  const failed: LoadFailure[] = [];
  let done = 0;
  let batch: LetterRecord[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const result = await writeBatch(driver, batch);
    addCounts(counts, result.counts);
    failed.push(...result.failed);
    done += batch.length;
    batch = [];
    options.onProgress?.(done);
  };
  for await (const record of records) {
    batch.push(record);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  const orphansDeleted = await deleteOrphans(driver);
  await linkRenamedBodies(driver);
  return { ...counts, nodesDeleted: counts.nodesDeleted + orphansDeleted, orphansDeleted, failed };
}
