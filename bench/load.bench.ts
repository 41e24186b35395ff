// Loader throughput and scale against the real Neo4j: a synthetic corpus of full-length
// LetterRecords (seeded, so every run loads the same graph) written by the batched loader, then the
// same kind of elements written one per transaction, capped, for the ratio. Prints the rate of the
// first and the last 10 % of batches (flat load cost), the store's bytes per letter (from the store
// files, when the server is the local one), the time of every library query on the loaded graph,
// and with --grow the 1,000 → 30,000 → 1,000 check.
// Run: npm run bench:load [-- --letters N] [-- --batch-size N] [-- --concurrency N] [-- --naive N] [-- --chars N] [-- --grow]
// Wipes the database it loads into: point NEO4J_URI at a test server.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { readQueryLibrary } from '../src/neo4j/cypherFiles.js';
import { applySchema, DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY, loadRecords } from '../src/neo4j/load.js';
import { queryParams, runReadQuery } from '../src/neo4j/query.js';
import { letterGraph } from '../src/neo4j/rows.js';
import type { LetterRecord } from '../src/schema.js';
import { exclusiveDatabase, graphSize, wipe } from '../tests/neo4j/db.js';
import { POOL, syntheticLetter } from './letters.js';

const { values } = parseArgs({
  options: {
    letters: { type: 'string', default: '100000' },
    'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
    naive: { type: 'string', default: '3000' },
    // The sample letters hold 2,500–4,500 characters.
    chars: { type: 'string', default: '3000' },
    grow: { type: 'boolean', default: false },
    concurrency: { type: 'string', default: String(DEFAULT_CONCURRENCY) },
  },
});
const LETTERS = Number(values.letters);
const BATCH = Number(values['batch-size']);
const NAIVE_CAP = Number(values.naive);
const CHARS = Number(values.chars);
const CONCURRENCY = Number(values.concurrency);
for (const [name, n] of [['--letters', LETTERS], ['--batch-size', BATCH], ['--naive', NAIVE_CAP], ['--chars', CHARS], ['--concurrency', CONCURRENCY]] as const) {
  if (!Number.isInteger(n) || n < 1) {
    console.error(`bench:load: ${name} must be a positive integer`);
    process.exit(2);
  }
}
const TARGET_RATE = 20_000;
const TARGET_RATIO = 10;
const TARGET_FLAT = 0.8;
const TARGET_BYTES = 25_000;
const TARGET_QUERY_S = 1;

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/**
 * CPU seconds the local server (scripts/neo4j.ts keeps its pid in .neo4j/run/server.pid) has used,
 * or null for another server. On a shared machine the wall-clock rate depends on what else runs;
 * elements per server CPU-second does not.
 */
function serverCpuSeconds(): number | null {
  try {
    const pid = readFileSync('.neo4j/run/server.pid', 'utf8').trim();
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in USER_HZ (100 on Linux)
  } catch {
    return null;
  }
}

/** The same kind of elements as the loader writes, one MERGE/CREATE per transaction. */
async function naiveLoad(driver: Driver, records: Iterable<LetterRecord>, cap: number): Promise<number> {
  const session = driver.session();
  let written = 0;
  const one = async (cypher: string, params: Record<string, unknown>) => {
    await session.executeWrite((tx) => tx.run(cypher, params));
    written++;
  };
  try {
    for (const record of records) {
      if (written >= cap) return written;
      const g = letterGraph(record);
      await one('MERGE (l:Letter {id: $id}) SET l += $props', { id: g.letter.id, props: g.letter.props });
      for (const path of g.letter.sources) await one('MATCH (l:Letter {id: $id}) MERGE (s:Source {path: $path}) MERGE (s)-[:OF]->(l)', { id: g.letter.id, path });
      for (const e of g.entities) {
        if (written >= cap) return written;
        // Labels from the schema's fixed list, as in the loader.
        await one(`MERGE (e:${e.label} {name: $name})`, { name: e.name });
      }
      for (const m of g.mentions) {
        if (written >= cap) return written;
        await one(`MATCH (l:Letter {id: $letterId}) MATCH (e:${m.label} {name: $name}) CREATE (l)-[r:MENTIONS]->(e) SET r.sentenceSpans = $sentenceSpans, r.spans = $spans`, m);
      }
      for (const c of g.coHandled) {
        if (written >= cap) return written;
        await one('MATCH (l:Letter {id: $letterId}) MATCH (a:Agency {name: $agency}) CREATE (l)-[:CO_HANDLED]->(a)', c);
      }
    }
    return written;
  } finally {
    await session.close();
  }
}

/** Bytes of the local server's store files (data/databases/neo4j: records, strings, indexes), or null for another server. */
function storeBytes(): number | null {
  const dir = '.neo4j/data/databases/neo4j';
  const walk = (d: string): number =>
    readdirSync(d, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? walk(join(d, e.name)) : statSync(join(d, e.name)).size), 0);
  try {
    return serverCpuSeconds() === null ? null : walk(dir);
  } catch {
    return null;
  }
}

/** Loads `records`, timing each batch; returns the rate (letters/s) of the first and last 10 % of batches and the totals. */
async function timedLoad(driver: Driver, records: Iterable<LetterRecord>) {
  const marks: { at: number; done: number }[] = [{ at: performance.now(), done: 0 }];
  const result = await loadRecords(driver, records, { batchSize: BATCH, concurrency: CONCURRENCY, onProgress: (done) => marks.push({ at: performance.now(), done }) });
  // Until the load returns: it waits for the full-text indexes to take the last batches.
  const ms = performance.now() - marks[0]!.at;
  const tenth = Math.max(1, Math.round((marks.length - 1) / 10));
  const rate = (from: number, to: number) => (marks[to]!.done - marks[from]!.done) / ((marks[to]!.at - marks[from]!.at) / 1000);
  return { result, ms, first: rate(0, tenth), last: rate(marks.length - 1 - tenth, marks.length - 1) };
}

/** Every library query on the loaded graph, with parameters naming entities the synthetic letters use, timed on its second run (the first plans it); the slowest first. */
async function timeLibrary(driver: Driver): Promise<{ name: string; s: number; rows: number }[]> {
  const given: Record<string, Record<string, unknown>> = {
    'fund-letters': { fund: POOL.Fund[0] },
    neighbourhood: { name: POOL.Policy[1] },
    'shortest-path': { from: POOL.Fund[2], to: POOL.Organization[3] },
    'cohandling-network': { agency: POOL.Agency[4] },
    'policy-agencies': { policy: POOL.Policy[5]!.slice(3) },
    'proposer-letters': { proposer: POOL.Person[6] },
    'search-entities': { text: '"孵化平台"' },
    'search-letters': { text: '"数字经济"' },
    'entities-by-year': {},
    'alias-matches': { alias: POOL.Agency[7] },
  };
  const out: { name: string; s: number; rows: number }[] = [];
  for (const query of await readQueryLibrary()) {
    const params = queryParams(query, given[query.name] ?? {});
    await runReadQuery(driver, query, params, 60);
    const t = performance.now();
    const answer = await runReadQuery(driver, query, params, 60);
    out.push({ name: query.name, s: (performance.now() - t) / 1000, rows: answer.rows.length });
  }
  return out.sort((a, b) => b.s - a.s);
}

const { driver, release } = await exclusiveDatabase();
try {
  console.log(`bench:load: ${fmt(LETTERS)} synthetic letters of ${fmt(CHARS)} characters, batch size ${BATCH}, ${CONCURRENCY} transactions at once, naive run capped at ${fmt(NAIVE_CAP)} elements`);
  /** Letters from..from+n, made anew on each pass. */
  const letters = (from: number, n: number): Iterable<LetterRecord> => ({
    *[Symbol.iterator]() {
      for (let i = 0; i < n; i++) yield syntheticLetter(from + i, CHARS);
    },
  });
  await applySchema(driver); // outside the timings: both runs start with the constraints in place
  // Warm-up, outside the timings: the server's JIT and query-plan cache, so a cold first batch does not count.
  const warmUp = letters(10_000_000, 300);
  await loadRecords(driver, warmUp, { batchSize: BATCH, concurrency: CONCURRENCY });
  await naiveLoad(driver, warmUp, 200);
  await wipe(driver);

  if (values.grow) {
    // Load cost flat in database size: the last 1,000 letters, into 31,000, against the first 1,000, into none.
    const first = await timedLoad(driver, letters(0, 1000));
    const middle = await timedLoad(driver, letters(1000, 30_000));
    const last = await timedLoad(driver, letters(31_000, 1000));
    console.log(`grow: 1,000 letters in ${(first.ms / 1000).toFixed(1)} s, 30,000 in ${(middle.ms / 1000).toFixed(1)} s, 1,000 more in ${(last.ms / 1000).toFixed(1)} s → last/first ${(last.ms / first.ms).toFixed(2)} (target ≤ 1.5)`);
    for (const q of await timeLibrary(driver)) console.log(`  at 32,000 letters: ${q.name} ${q.s.toFixed(2)} s (${q.rows} rows)`);
    await wipe(driver);
  }

  const records = letters(0, LETTERS);
  const bytesBefore = storeBytes();
  const cpuBefore = serverCpuSeconds();
  const ownBefore = process.cpuUsage();
  const { result, ms: batchedMs, first, last } = await timedLoad(driver, records);
  const cpuAfter = serverCpuSeconds();
  const own = process.cpuUsage(ownBefore);
  const batchedElements = result.nodesCreated + result.relationshipsCreated;
  const size = await graphSize(driver);
  if (size.nodes + size.relationships !== batchedElements) throw new Error(`counters say ${batchedElements} elements, the graph holds ${size.nodes + size.relationships}`);
  const batchedRate = batchedElements / (batchedMs / 1000);
  const perLetter = batchedElements / LETTERS;
  console.log(`batched: ${fmt(size.nodes)} nodes + ${fmt(size.relationships)} relationships = ${fmt(batchedElements)} elements in ${(batchedMs / 1000).toFixed(1)} s → ${fmt(batchedRate)} elements/s`);
  console.log(`  first 10 % of batches ${fmt(first * perLetter)} elements/s, last 10 % ${fmt(last * perLetter)} elements/s → last/first ${(last / first).toFixed(2)}`);
  if (cpuBefore !== null && cpuAfter !== null) {
    const cpu = cpuAfter - cpuBefore;
    console.log(`  server CPU ${cpu.toFixed(1)} s in ${(batchedMs / 1000).toFixed(1)} s wall → ${fmt(batchedElements / cpu)} elements per server CPU-second; machine load average ${loadavg()[0]?.toFixed(1)}`);
    // The client's share: making the synthetic letters, their rows and parameters, and Bolt.
    console.log(`  this process (letters, rows, driver) CPU ${((own.user + own.system) / 1e6).toFixed(1)} s`);
  }
  const bytesAfter = storeBytes();
  const bytesPerLetter = bytesAfter === null ? null : bytesAfter / LETTERS;
  if (bytesPerLetter !== null) {
    // A live server's files: preallocated steps count, pages still only in its page cache do not (npm run bench:store measures after a shutdown).
    console.log(`store files: ${fmt(bytesAfter! / 1e6)} MB (${fmt(bytesBefore! / 1e6)} MB before the load, the store reuses freed space) → ${fmt(bytesPerLetter)} bytes per letter (file lengths on the live server; bench:store counts the data after a shutdown)`);
  }

  const queries = await timeLibrary(driver);
  for (const q of queries) console.log(`  ${q.name}: ${q.s.toFixed(2)} s (${q.rows} rows)`);

  let t = performance.now();
  const again = await loadRecords(driver, records, { batchSize: BATCH, concurrency: CONCURRENCY });
  const reloadMs = performance.now() - t;
  console.log(`reload of the same letters: ${fmt(again.lettersSkipped)} unchanged, skipped in ${(reloadMs / 1000).toFixed(1)} s; graph unchanged: ${JSON.stringify(await graphSize(driver)) === JSON.stringify(size)}`);

  await wipe(driver);
  t = performance.now();
  const naiveElements = await naiveLoad(driver, records, NAIVE_CAP);
  const naiveMs = performance.now() - t;
  const naiveRate = naiveElements / (naiveMs / 1000);
  console.log(`one per transaction: ${fmt(naiveElements)} elements in ${(naiveMs / 1000).toFixed(1)} s → ${fmt(naiveRate)} elements/s`);

  const ratio = batchedRate / naiveRate;
  const slowest = queries[0]!;
  console.log(`ratio batched/naive: ${ratio.toFixed(1)}×`);
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  console.log(
    [
      `targets: ≥ ${fmt(TARGET_RATE)} elements/s batched ${verdict(batchedRate >= TARGET_RATE)}`,
      `≥ ${TARGET_RATIO}× naive ${verdict(ratio >= TARGET_RATIO)}`,
      `last/first ≥ ${TARGET_FLAT} ${verdict(last / first >= TARGET_FLAT)}`,
      bytesPerLetter === null ? 'bytes per letter not measured (not the local server)' : `≤ ${fmt(TARGET_BYTES)} bytes per letter ${verdict(bytesPerLetter <= TARGET_BYTES)}`,
      `slowest library query ${slowest.name} ${slowest.s.toFixed(2)} s ≤ ${TARGET_QUERY_S} s ${verdict(slowest.s <= TARGET_QUERY_S)}`,
    ].join('; '),
  );
  await wipe(driver);
} finally {
  await release();
}
