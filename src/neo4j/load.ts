// Writes letters into Neo4j in batches. A batch is one managed write
// transaction holding, for each of its letters, the deletion of every edge the
// letter owned and the creation of its new ones: a crash leaves each letter
// either as it was or fully replaced, and running the load again completes it.
// Batches that only add letters are written two at a time; one that deletes runs alone.
import { type Driver, type ManagedTransaction, Neo4jError, type QueryResult } from 'neo4j-driver';
import { ENTITY_TYPES, type EntityType, type LetterRecord } from '../schema.js';
import { readSchemaStatements } from './cypherFiles.js';
import { letterGraph, type LetterGraph, type StatedRelationRow } from './rows.js';
import * as P from './params.js';
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
  /** Batches written at once (each its own transaction). */
  concurrency?: number;
  /** Called after each batch with the number of letters handled so far. */
  onProgress?: (lettersDone: number) => void;
};

// Measured with npm run bench:load on the local 1 GB-heap server: 250 letters
// (about 12,000 elements) per transaction beat 100, 500 and 1000.
export const DEFAULT_BATCH_SIZE = 250;
/** Transactions in flight at once: the server writes each on one core. */
export const DEFAULT_CONCURRENCY = 2;

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

/** What the database holds of a letter before its batch is written. */
type LetterState = { exists: boolean; same: boolean; sources: Set<string>; claimsPath: boolean };

/** A batch's letters against the database (a read transaction: it locks nothing). */
async function readState(driver: Driver, graphs: LetterGraph[]): Promise<Map<string, LetterState>> {
  const session = driver.session();
  try {
    const rows = graphs.map((g) => ({ id: g.letter.id, hash: g.letter.props.recordHash, paths: g.letter.sources }));
    const records = await session.executeRead(async (tx) => (await tx.run(S.BATCH_STATE, { rows })).records);
    return new Map(
      records.map((r) => [
        r.get('id') as string,
        { exists: r.get('exists') as boolean, same: r.get('same') as boolean, sources: new Set(r.get('sources') as string[]), claimsPath: r.get('claimsPath') as boolean },
      ]),
    );
  } finally {
    await session.close();
  }
}

/** Unchanged letters (same record, every path already theirs) are not written. */
function isUnchanged(g: LetterGraph, state: Map<string, LetterState>): boolean {
  const known = state.get(g.letter.id);
  return known !== undefined && known.same && g.letter.sources.every((s) => known.sources.has(s));
}

/**
 * Whether writing these letters deletes anything (an earlier version's edges, a path another
 * letter held): such a batch runs alone, so no other batch creates an edge to a node it finds
 * unreferenced and deletes.
 */
function replaces(graphs: LetterGraph[], state: Map<string, LetterState>): boolean {
  return graphs.some((g) => state.get(g.letter.id)?.exists || state.get(g.letter.id)?.claimsPath);
}

/** Rows by label in the schema's order, each label's rows in name order: batches creating the same nodes lock them in one order. */
function byLabel<T extends { label: EntityType; name: string }>(rows: T[]): [EntityType, T[]][] {
  const groups = groupBy(rows, (r) => r.label);
  return ENTITY_TYPES.flatMap((label): [EntityType, T[]][] => {
    const group = groups.get(label);
    return group ? [[label, group.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))]] : [];
  });
}

/**
 * The whole write of a batch of letters (none unchanged), run inside one transaction. Its statements
 * are pipelined: each is sent without waiting for the one before (the server runs them in order), so
 * the client packs the next while the server executes this one. Only the paths' answer (which letters
 * lost their last path) and the deletions' (which nodes they touched) are awaited, where they are needed.
 */
async function writeLetters(tx: ManagedTransaction, graphs: LetterGraph[], state: Map<string, LetterState>): Promise<LoadCounts> {
  const counts = emptyCounts();
  const sent: Promise<QueryResult>[] = [];
  const send = (query: string, params: Record<string, unknown>): Promise<QueryResult> => {
    const result = Promise.resolve(tx.run(query, params));
    // Handled here and awaited below: a failure shows once, as the transaction's.
    result.catch(() => undefined);
    sent.push(result);
    return result;
  };
  const sendRows = (query: string, rows: unknown[]): void => {
    if (rows.length > 0) send(query, { rows });
  };
  const rowsOf = <K extends keyof LetterGraph>(key: K): LetterGraph[K] =>
    graphs.flatMap((g) => g[key] as unknown[]) as LetterGraph[K];
  const ids = graphs.map((g) => g.letter.id);
  const existing = ids.filter((id) => state.get(id)?.exists);
  counts.letters = graphs.length;

  // 1. Drop what the letters owned before.
  if (existing.length > 0) {
    send(S.DELETE_LETTER_EDGES, { ids: existing });
    for (const type of S.LETTER_ID_TYPES) send(S.deleteOwnedEdges(type), { ids: existing });
  }

  // 2. Write them anew; paths that held other letters leave them, and letters left without a path go.
  send(S.MERGE_LETTERS, { rows: graphs.map((g) => ({ id: g.letter.id, props: P.letterProps(g.letter.props) })) });
  counts.lettersCreated = graphs.length - existing.length;
  const attached = send(S.ATTACH_SOURCES, { ids, rows: graphs.flatMap((g) => g.letter.sources.map((path) => ({ id: g.letter.id, path }))) });
  sendRows(S.MERGE_PROPOSALS, P.proposalParams(rowsOf('proposals')));
  for (const [label, rows] of byLabel(rowsOf('entities'))) sendRows(S.mergeEntities(label), rows);
  for (const [label, rows] of byLabel(rowsOf('mentions'))) {
    sendRows(S.createMentions(label), P.mentionParams(rows));
    sendRows(S.addAliases(label), P.aliasParams(rows));
  }
  sendRows(S.CREATE_ISSUED_BY, P.agencyEdgeParams(rowsOf('issuedBy')));
  sendRows(S.CREATE_CO_HANDLED, P.agencyEdgeParams(rowsOf('coHandled')));
  sendRows(S.CREATE_SIGNED, P.signedParams(rowsOf('signed')));
  sendRows(S.CREATE_PROPOSED, P.proposedParams(rowsOf('proposed')));
  const stated = groupBy(rowsOf('stated'), (r: StatedRelationRow) => `${r.type}:${r.fromLabel}:${r.toLabel}` as const);
  for (const rows of stated.values()) {
    const first = rows[0] as StatedRelationRow;
    sendRows(S.createOwnedEdges(first.type, first.fromLabel, first.toLabel), P.statedParams(rows));
  }
  sendRows(S.createOwnedEdges('CO_MENTIONED', 'Agency', 'Policy'), P.coMentionParams(rowsOf('coMentions')));
  sendRows(S.MERGE_RENAMED, batchSuccessions(rowsOf('entities')));
  const gone = ((await attached).records[0]?.get('gone') as string[] | undefined) ?? [];
  if (gone.length > 0) {
    for (const type of S.LETTER_ID_TYPES) send(S.deleteOwnedEdges(type), { ids: gone });
    send(S.DELETE_LETTERS, { ids: gone });
  }

  // 3. Only where edges went: aliases recounted, and entities and proposals left unreferenced deleted.
  const touched = new Set<string>();
  for (const result of await Promise.all(sent)) {
    addUpdates(counts, result);
    for (const record of result.records) if (record.has('touched')) for (const id of record.get('touched') as string[]) touched.add(id);
  }
  if (touched.size > 0) {
    const elementIds = [...touched];
    addUpdates(counts, await tx.run(S.REFRESH_ALIASES, { elementIds }));
    const orphans = await tx.run(S.DELETE_ORPHANS, { elementIds });
    addUpdates(counts, orphans);
    counts.orphansDeleted += (orphans.records[0]?.get('deleted') as number | undefined) ?? 0;
  }
  return counts;
}

/** Adds a statement's update counters to the batch's. */
function addUpdates(counts: LoadCounts, result: QueryResult): void {
  const c = result.summary.counters.updates();
  counts.nodesCreated += c.nodesCreated;
  counts.nodesDeleted += c.nodesDeleted;
  counts.relationshipsCreated += c.relationshipsCreated;
  counts.relationshipsDeleted += c.relationshipsDeleted;
  counts.propertiesSet += c.propertiesSet;
}

/** Errors about the data of one batch (as opposed to the connection): worth retrying letter by letter. */
function isDataError(error: unknown): boolean {
  return error instanceof Neo4jError && /^Neo\.(ClientError\.(Statement|Schema)|DatabaseError)\./.test(error.code);
}

function failure(graph: LetterGraph, error: unknown): LoadFailure {
  const text = error instanceof Error ? error.message : String(error);
  return { id: graph.letter.id, source: graph.letter.sources.join(', '), error: text.split('\n')[0] ?? text };
}

/** Writes letters none of which is unchanged; a letter the database refuses fails alone. */
async function writeBatch(driver: Driver, graphs: LetterGraph[], state: Map<string, LetterState>): Promise<{ counts: LoadCounts; failed: LoadFailure[] }> {
  const session = driver.session();
  try {
    try {
      return { counts: await session.executeWrite((tx) => writeLetters(tx, graphs, state)), failed: [] };
    } catch (error) {
      if (!isDataError(error)) throw error;
      if (graphs.length === 1) return { counts: emptyCounts(), failed: [failure(graphs[0] as LetterGraph, error)] };
    }
    // One letter spoiled the batch: write them one by one so only that letter fails.
    const counts = emptyCounts();
    const failed: LoadFailure[] = [];
    for (const graph of graphs) {
      try {
        addCounts(counts, await session.executeWrite((tx) => writeLetters(tx, [graph], state)));
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

/** A batch being written: its letters' ids and paths, and whether it deletes (then it runs alone). */
type InFlight = { keys: Set<string>; alone: boolean; done: Promise<void> };

/**
 * Loads records into Neo4j: schema first, then batches, up to `concurrency` transactions at once.
 * Batches that only add run side by side; a batch sharing a letter or a path with one in flight
 * waits for it (so the last record read wins), and one that replaces or deletes runs alone.
 * Connection problems propagate; a letter the database rejects is reported in `failed`.
 */
export async function loadRecords(
  driver: Driver,
  records: AsyncIterable<LetterRecord> | Iterable<LetterRecord>,
  options: LoadOptions = {},
): Promise<LoadResult> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  for (const [name, n] of [['batch size', batchSize], ['concurrency', concurrency]] as const) {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`${name} must be a positive integer, got ${n}`);
  }
  await applySchema(driver);
  const counts = emptyCounts();
  const failed: LoadFailure[] = [];
  const inFlight = new Set<InFlight>();
  const errors: unknown[] = [];
  let done = 0;

  const settle = async (batches: Iterable<InFlight>): Promise<void> => {
    await Promise.all([...batches].map((b) => b.done));
    if (errors.length > 0) throw errors[0];
  };
  const start = async (records: LetterRecord[]): Promise<void> => {
    const graphs = mergeDuplicates(records);
    const keys = new Set(graphs.flatMap((g) => [`id:${g.letter.id}`, ...g.letter.sources.map((p) => `path:${p}`)]));
    await settle([...inFlight].filter((b) => b.alone || [...keys].some((k) => b.keys.has(k))));
    const state = await readState(driver, graphs);
    const todo = graphs.filter((g) => !isUnchanged(g, state));
    const skipped = graphs.length - todo.length;
    const alone = replaces(todo, state);
    if (alone) await settle(inFlight);
    while (inFlight.size >= concurrency) await Promise.race([...inFlight].map((b) => b.done));
    if (errors.length > 0) throw errors[0];
    const batch: InFlight = { keys, alone, done: Promise.resolve() };
    inFlight.add(batch); // before the write starts: a batch with nothing to write ends at once
    batch.done = (async () => {
      try {
        const result = todo.length > 0 ? await writeBatch(driver, todo, state) : { counts: emptyCounts(), failed: [] };
        addCounts(counts, result.counts);
        counts.letters += skipped;
        counts.lettersSkipped += skipped;
        failed.push(...result.failed);
        done += records.length;
        options.onProgress?.(done);
      } catch (error) {
        errors.push(error);
      } finally {
        inFlight.delete(batch);
      }
    })();
  };

  try {
    let batch: LetterRecord[] = [];
    for await (const record of records) {
      batch.push(record);
      if (batch.length >= batchSize) {
        await start(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await start(batch);
  } finally {
    // Every transaction started ends before the load returns or throws.
    await Promise.all([...inFlight].map((b) => b.done));
  }
  if (errors.length > 0) throw errors[0];
  // The full-text indexes take updates after commit (cypher/schema.cypher): wait until they hold every letter written.
  await driver.executeQuery(S.AWAIT_FULLTEXT);
  return { ...counts, failed };
}
