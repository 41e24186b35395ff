// Loader throughput against the real Neo4j: a synthetic corpus of LetterRecords
// (seeded, so every run loads the same graph) written by the batched loader,
// then the same kind of elements written one per transaction, capped, for the ratio.
// Both run after a warm-up load of 300 other letters, so the server's cold start is not timed.
// Run: npm run bench:load [-- --letters N] [-- --batch-size N] [-- --naive N]
// Wipes the database it loads into: point NEO4J_URI at a test server.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { applySchema, DEFAULT_BATCH_SIZE, loadRecords } from '../src/neo4j/load.js';
import { letterGraph } from '../src/neo4j/rows.js';
import { listSentences, type DraftEntity, type DraftMention, type DraftRelation } from '../src/extract/sentences.js';
import type { EntityType, Evidence, LetterRecord } from '../src/schema.js';
import { exclusiveDatabase, graphSize, wipe } from '../tests/neo4j/db.js';
import { seededRandom } from '../src/graph/random.js';

const { values } = parseArgs({
  options: {
    letters: { type: 'string', default: '3000' },
    'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
    naive: { type: 'string', default: '3000' },
  },
});
const LETTERS = Number(values.letters);
const BATCH = Number(values['batch-size']);
const NAIVE_CAP = Number(values.naive);
for (const [name, n] of [['--letters', LETTERS], ['--batch-size', BATCH], ['--naive', NAIVE_CAP]] as const) {
  if (!Number.isInteger(n) || n < 1) {
    console.error(`bench:load: ${name} must be a positive integer`);
    process.exit(2);
  }
}
const TARGET_RATE = 20_000;
const TARGET_RATIO = 10;

const rand = seededRandom(20_241_121);
const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)] as T;

const POOL_SIZES: Record<EntityType, number> = { Agency: 300, Policy: 2500, Fund: 300, Platform: 1500, Organization: 700, Person: 400 };
const SUFFIX: Record<EntityType, string> = { Agency: '局', Policy: '实施办法', Fund: '基金', Platform: '平台', Organization: '研究院', Person: '' };
const HAN = '科技创新人才产业发展金融服务成果转化孵化平台建设数字经济绿色低碳智能制造生物医药';
function name(type: EntityType, i: number): string {
  let s = '';
  for (let n = i + 7; n > 0; n = Math.floor(n / HAN.length)) s += HAN[n % HAN.length];
  return `${type === 'Person' ? '张' : '重庆市'}${s}${SUFFIX[type]}${i}`;
}
const POOL = Object.fromEntries(
  (Object.keys(POOL_SIZES) as EntityType[]).map((t) => [t, Array.from({ length: POOL_SIZES[t] }, (_, i) => name(t, i))]),
) as Record<EntityType, string[]>;

/** One letter: 12 sentences, each naming two or three entities; figures for funds; two ISSUED statements. */
function syntheticLetter(n: number): LetterRecord {
  const id = `bench/${String(n).padStart(6, '0')}`;
  const mentions = new Map<string, { type: EntityType; name: string; mentions: DraftMention[] }>();
  const relations: DraftRelation[] = [];
  let text = `重庆市科学技术局关于第${n}号建议的答复函\n`;
  for (let s = 0; s < 12; s++) {
    const types: EntityType[] = [pick(['Agency', 'Agency', 'Person']), pick(['Policy', 'Fund', 'Platform']), pick(['Organization', 'Policy', 'Platform'])];
    const start = text.length;
    const parts: { type: EntityType; name: string; at: number }[] = [];
    for (const type of types.slice(0, 2 + Math.floor(rand() * 2))) {
      const entity = pick(POOL[type]);
      text += '推动';
      parts.push({ type, name: entity, at: text.length });
      text += entity + (type === 'Fund' ? '规模3亿元,' : ',');
    }
    text = text.slice(0, -1) + '。';
    const sentence: Evidence = { start, end: text.length, text: text.slice(start) };
    for (const p of parts) {
      const key = `${p.type}|${p.name}`;
      if (!mentions.has(key)) mentions.set(key, { type: p.type, name: p.name, mentions: [] });
      const amounts = p.type === 'Fund' ? [{ text: '3亿元', value: 300_000_000, unit: 'yuan' as const, label: '规模' }] : [];
      mentions.get(key)?.mentions.push({ start: p.at, end: p.at + p.name.length, text: p.name, sentence, amounts });
    }
    const agency = parts.find((p) => p.type === 'Agency');
    const policy = parts.find((p) => p.type === 'Policy');
    if (agency && policy && relations.length < 2) {
      relations.push({ type: 'ISSUED', from: { label: 'Agency', key: agency.name }, to: { label: 'Policy', key: policy.name }, evidence: sentence });
    }
  }
  const entities: DraftEntity[] = [...mentions.values()].map((e) => ({ type: e.type, name: e.name, aliases: [], mentions: e.mentions }));
  return {
    source: `/bench/${id}.txt`,
    id,
    text,
    encoding: 'utf-8',
    letter: {
      indexNumber: id,
      docNumber: null,
      title: text.split('\n')[0] ?? null,
      genre: '人大建议办理',
      topics: ['科技'],
      publisher: '市科技局',
      writtenDate: `20${18 + (n % 7)}-05-01`,
      publishedDate: `20${18 + (n % 7)}-05-20`,
      signedDate: null,
    },
    proposal: { kind: '建议', number: String(n), title: `关于第${n}项工作的建议`, session: '市六届人大二次会议' },
    otherProposals: [],
    proposer: { name: pick(POOL.Person), role: '代表' },
    replyingAgency: pick(POOL.Agency),
    coHandlers: [pick(POOL.Agency), pick(POOL.Agency), pick(POOL.Agency)],
    signer: { name: pick(POOL.Person), title: '局长' },
    contact: null,
    ...listSentences(entities, relations),
  };
}

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
async function naiveLoad(driver: Driver, records: LetterRecord[], cap: number): Promise<number> {
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
      await one('MERGE (l:Letter {id: $id}) SET l += $props, l.sources = $sources', { id: g.letter.id, props: g.letter.props, sources: g.letter.sources });
      for (const e of g.entities) {
        if (written >= cap) return written;
        // Labels from the schema's fixed list, as in the loader.
        await one(`MERGE (e:${e.label} {name: $name})`, { name: e.name });
      }
      for (const m of g.mentions) {
        if (written >= cap) return written;
        await one(`MATCH (l:Letter {id: $letterId}) MATCH (e:${m.label} {name: $name}) CREATE (l)-[r:MENTIONS]->(e) SET r.count = $count, r.sentences = $sentences, r.spans = $spans`, m);
      }
      for (const c of g.coHandled) {
        if (written >= cap) return written;
        await one('MATCH (l:Letter {id: $letterId}) MATCH (a:Agency {name: $agency}) CREATE (a)-[:CO_HANDLED]->(l)', c);
      }
    }
    return written;
  } finally {
    await session.close();
  }
}

const { driver, release } = await exclusiveDatabase();
try {
  console.log(`bench:load: ${fmt(LETTERS)} synthetic letters, batch size ${BATCH}, naive run capped at ${fmt(NAIVE_CAP)} elements`);
  const records = Array.from({ length: LETTERS }, (_, i) => syntheticLetter(i));
  await applySchema(driver); // outside the timings: both runs start with the constraints in place
  // Warm-up, outside the timings: the server's JIT and query-plan cache, so a cold first batch does not count.
  const warmUp = Array.from({ length: 300 }, (_, i) => syntheticLetter(LETTERS + i));
  await loadRecords(driver, warmUp, { batchSize: BATCH });
  await naiveLoad(driver, warmUp, 200);
  await wipe(driver);

  const cpuBefore = serverCpuSeconds();
  let t = performance.now();
  const result = await loadRecords(driver, records, { batchSize: BATCH });
  const batchedMs = performance.now() - t;
  const cpuAfter = serverCpuSeconds();
  const batchedElements = result.nodesCreated + result.relationshipsCreated;
  const size = await graphSize(driver);
  if (size.nodes + size.relationships !== batchedElements) throw new Error(`counters say ${batchedElements} elements, the graph holds ${size.nodes + size.relationships}`);
  const batchedRate = batchedElements / (batchedMs / 1000);
  console.log(`batched: ${fmt(size.nodes)} nodes + ${fmt(size.relationships)} relationships = ${fmt(batchedElements)} elements in ${(batchedMs / 1000).toFixed(1)} s → ${fmt(batchedRate)} elements/s`);
  if (cpuBefore !== null && cpuAfter !== null) {
    const cpu = cpuAfter - cpuBefore;
    console.log(`  server CPU ${cpu.toFixed(1)} s in ${(batchedMs / 1000).toFixed(1)} s wall → ${fmt(batchedElements / cpu)} elements per server CPU-second; machine load average ${loadavg()[0]?.toFixed(1)}`);
  }

  t = performance.now();
  const again = await loadRecords(driver, records, { batchSize: BATCH });
  const reloadMs = performance.now() - t;
  console.log(`reload of the same letters (every edge replaced): ${fmt(again.relationshipsDeleted)} deleted + ${fmt(again.relationshipsCreated)} created in ${(reloadMs / 1000).toFixed(1)} s; graph unchanged: ${JSON.stringify(await graphSize(driver)) === JSON.stringify(size)}`);

  await wipe(driver);
  t = performance.now();
  const naiveElements = await naiveLoad(driver, records, NAIVE_CAP);
  const naiveMs = performance.now() - t;
  const naiveRate = naiveElements / (naiveMs / 1000);
  console.log(`one per transaction: ${fmt(naiveElements)} elements in ${(naiveMs / 1000).toFixed(1)} s → ${fmt(naiveRate)} elements/s`);

  const ratio = batchedRate / naiveRate;
  console.log(`ratio batched/naive: ${ratio.toFixed(1)}×`);
  console.log(
    `targets: ≥ ${fmt(TARGET_RATE)} elements/s batched ${batchedRate >= TARGET_RATE ? 'met' : 'MISSED'}; ≥ ${TARGET_RATIO}× naive ${ratio >= TARGET_RATIO ? 'met' : 'MISSED'}`,
  );
  await wipe(driver);
} finally {
  await release();
}
