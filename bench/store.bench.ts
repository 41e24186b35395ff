// Where the store's bytes go: restarts the local server (scripts/neo4j.ts) on a deleted store, loads
// N synthetic letters of bench:load's corpus, checkpoints, and prints each store file's bytes per
// letter (what the load added to the empty store with its schema). No checkpoint procedure in
// Community: the server is stopped (which checkpoints) before the files are read, and left stopped. Store size does not depend on
// machine load, so the figures are deterministic for a given N and model.
// Run: npm run bench:store [-- --letters N] [-- --chars N]
// Deletes the local server's database: run it on a checkout whose server holds nothing you need.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { NEO4J_LOCAL_HOME } from '../scripts/neo4j-home.js';
import { applySchema, loadRecords } from '../src/neo4j/load.js';
import type { LetterRecord } from '../src/schema.js';
import { exclusiveDatabase, graphSize } from '../tests/neo4j/db.js';
import { syntheticLetter } from './letters.js';
import { storeFiles } from './storeFiles.js';

const { values } = parseArgs({ options: { letters: { type: 'string', default: '5000' }, chars: { type: 'string', default: '3000' } } });
const LETTERS = Number(values.letters);
const CHARS = Number(values.chars);
if (!Number.isInteger(LETTERS) || LETTERS < 1 || !Number.isInteger(CHARS) || CHARS < 1) {
  console.error('bench:store: --letters and --chars must be positive integers');
  process.exit(2);
}

const DATA = join(NEO4J_LOCAL_HOME, 'data');
const STORE = join(DATA, 'databases', 'neo4j');

function server(command: 'start' | 'stop'): void {
  const run = spawnSync('npx', ['tsx', 'scripts/neo4j.ts', command], { stdio: 'inherit', env: { ...process.env, NEO4J_RUNTIME: 'local' } });
  if (run.status !== 0) throw new Error(`bench:store: neo4j ${command} failed`);
}

/** Groups a file by what it holds: each record store, and each index directory (schema/index/<provider>/<id>). */
function group(path: string, indexNames: Map<string, string>): string {
  const index = /^schema\/index\/([^/]+)\/(\d+)\//.exec(path);
  if (index) return `index ${indexNames.get(index[2]!) ?? `#${index[2]}`} (${index[1]})`;
  return path.replace(/\.id$/, '');
}

async function indexNames(driver: Driver): Promise<Map<string, string>> {
  const result = await driver.executeQuery('SHOW INDEXES YIELD id, name RETURN id, name');
  return new Map(result.records.map((r) => [String(r.get('id')), String(r.get('name'))]));
}

/** Runs `work` against a freshly started server, then stops it: shutdown checkpoints, so the files then hold everything. */
async function withServer<T>(work: (driver: Driver) => Promise<T>): Promise<T> {
  server('start');
  const { driver, release } = await exclusiveDatabase();
  try {
    return await work(driver);
  } finally {
    await release();
    server('stop');
  }
}

server('stop');
rmSync(STORE, { recursive: true, force: true });
rmSync(join(DATA, 'transactions', 'neo4j'), { recursive: true, force: true });
const names = await withServer(async (driver) => {
  await applySchema(driver);
  return indexNames(driver);
});
const empty = storeFiles(STORE);
const size = await withServer(async (driver) => {
  const records: Iterable<LetterRecord> = {
    *[Symbol.iterator]() {
      for (let i = 0; i < LETTERS; i++) yield syntheticLetter(i, CHARS);
    },
  };
  await loadRecords(driver, records);
  return graphSize(driver);
});
const loaded = storeFiles(STORE);
const byGroup = new Map<string, { used: number; size: number }>();
for (const [path, f] of loaded) {
  const was = empty.get(path) ?? { size: 0, used: 0 };
  const g = byGroup.get(group(path, names)) ?? { used: 0, size: 0 };
  g.used += f.used - was.used;
  g.size += f.size - was.size;
  byGroup.set(group(path, names), g);
}
const rows = [...byGroup].map(([name, g]) => ({ name, ...g })).sort((a, b) => b.used - a.used);
const sum = (key: 'used' | 'size') => rows.reduce((n, r) => n + r[key], 0);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
console.log(`bench:store: ${fmt(LETTERS)} letters of ${fmt(CHARS)} characters on a deleted store: ${fmt(size.nodes)} nodes, ${fmt(size.relationships)} relationships`);
console.log('  bytes per letter added by the load: used (to the last page with data) / file length (with preallocated space)');
for (const r of rows) if (r.size !== 0 || r.used !== 0) console.log(`  ${fmt(r.used / LETTERS).padStart(7)} / ${fmt(r.size / LETTERS).padStart(7)}  ${r.name}`);
console.log(`  ${fmt(sum('used') / LETTERS).padStart(7)} / ${fmt(sum('size') / LETTERS).padStart(7)}  total; the server is left stopped`);
