// Writes letters into Neo4j in batches. A batch is one managed write
// transaction holding, for each of its letters, the deletion of every edge the
// letter owned and the creation of its new ones: a crash leaves each letter
// either as it was or fully replaced, and running the load again completes it.
import { type Driver, type ManagedTransaction, Neo4jError, type QueryResult } from 'neo4j-driver';
import type { EntityType, LetterRecord } from '../schema.js';
import { readSchemaStatements } from './cypherFiles.js';
import { letterGraph, type LetterGraph, type StatedRelationRow } from './rows.js';
import * as S from './statements.js';
import { successionsOf, type Succession } from '../identity/successions.js';

export type LoadCounts = {
  /** Letters written (after merging duplicates within a batch). */
  letters: number;
  /** Of those, letters new to the database. */
  lettersCreated: number;
  /** Letters whose record and sources the database already held: nothing written. */
  lettersSkipped: number;
  /** Entities and proposals removed because no letter refers to them any more. */
  orphansDeleted: number;
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
};

export type LoadFailure = { id: string; source: string; error: string };

export type LoadResult = LoadCounts & { failed: LoadFailure[] };

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
    lettersSkipped: 0,
    orphansDeleted: 0,
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

/** The successions the batch's agencies can take part in, each once (the load links those whose both bodies exist). */
function batchSuccessions(entities: LetterGraph['entities']): Succession[] {
  const byPair = new Map<string, Succession>();
  for (const e of entities) {
    if (e.label !== 'Agency') continue;
    for (const s of successionsOf(e.name)) byPair.set(`${s.from}\u0000${s.to}`, s);
  }
  return [...byPair.values()];
}

/** The whole write of a batch of letters, run inside one transaction. */
async function writeLetters(tx: ManagedTransaction, all: LetterGraph[]): Promise<LoadCounts> {
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

  // 0. What the database has of these letters: unchanged ones (same record, every path already theirs) are skipped.
  const state = new Map(
    (await run(S.BATCH_STATE, { rows: all.map((g) => ({ id: g.letter.id, hash: g.letter.props.recordHash })) })).map((r) => [
      r.get('id') as string,
      { exists: r.get('exists') as boolean, same: r.get('same') as boolean, sources: new Set(r.get('sources') as string[]) },
    ]),
  );
  const graphs = all.filter((g) => {
    const known = state.get(g.letter.id);
    return !known?.same || g.letter.sources.some((s) => !known.sources.has(s));
  });
  counts.letters = all.length;
  counts.lettersSkipped = all.length - graphs.length;
  if (graphs.length === 0) return counts;
  const rowsOf = <K extends keyof LetterGraph>(key: K): LetterGraph[K] =>
    graphs.flatMap((g) => g[key] as unknown[]) as LetterGraph[K];
  const ids = graphs.map((g) => g.letter.id);
  const existing = ids.filter((id) => state.get(id)?.exists);

  // 1. Drop what the letters owned before.
  if (existing.length > 0) {
    collectTouched(await run(S.DELETE_LETTER_EDGES, { ids: existing }));
    for (const type of S.LETTER_ID_TYPES) collectTouched(await run(S.deleteOwnedEdges(type), { ids: existing }));
  }

  // 2. Write them anew; paths that held other letters leave them, and letters left without a path go.
  await run(S.MERGE_LETTERS, { rows: graphs.map((g) => ({ id: g.letter.id, props: g.letter.props })) });
  counts.lettersCreated = graphs.length - existing.length;
  const [attached] = await run(S.ATTACH_SOURCES, { ids, rows: graphs.flatMap((g) => g.letter.sources.map((path) => ({ id: g.letter.id, path }))) });
  const gone = (attached?.get('gone') as string[] | undefined) ?? [];
  if (gone.length > 0) {
    for (const type of S.LETTER_ID_TYPES) collectTouched(await run(S.deleteOwnedEdges(type), { ids: gone }));
    collectTouched(await run(S.DELETE_LETTERS, { ids: gone }));
  }
  await runRows(S.MERGE_PROPOSALS, rowsOf('proposals'));
  const byLabel = <T extends { label: EntityType }>(rows: T[]) => groupBy(rows, (r) => r.label);
  for (const [label, rows] of byLabel(rowsOf('entities'))) await runRows(S.mergeEntities(label), rows);
  for (const [label, rows] of byLabel(rowsOf('mentions'))) await runRows(S.createMentions(label), rows);
  await runRows(S.CREATE_ISSUED_BY, rowsOf('issuedBy'));
  await runRows(S.CREATE_CO_HANDLED, rowsOf('coHandled'));
  await runRows(S.CREATE_SIGNED, rowsOf('signed'));
  await runRows(S.CREATE_PROPOSED, rowsOf('proposed'));
  const stated = groupBy(rowsOf('stated'), (r: StatedRelationRow) => `${r.type}:${r.fromLabel}:${r.toLabel}` as const);
  for (const rows of stated.values()) {
    const first = rows[0] as StatedRelationRow;
    await runRows(S.createStated(first.type, first.fromLabel, first.toLabel), rows);
  }
  await runRows(S.CREATE_CO_MENTIONED, rowsOf('coMentions'));
  await runRows(S.MERGE_RENAMED, batchSuccessions(rowsOf('entities')));

  // 3. Only where edges went: aliases recounted, and entities and proposals left unreferenced deleted.
  if (touched.size > 0) {
    const elementIds = [...touched];
    await run(S.REFRESH_ALIASES, { elementIds });
    const [orphans] = await run(S.DELETE_ORPHANS, { elementIds });
    counts.orphansDeleted += (orphans?.get('deleted') as number | undefined) ?? 0;
  }
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

/**
 * Loads records into Neo4j: schema first, then batches.
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
  return { ...counts, failed };
}
