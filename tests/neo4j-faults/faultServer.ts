// A second local Neo4j for fault tests, with its own home and ports, so that stopping or killing
// it never touches the shared test server (7687) other test files use in parallel.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Neo4jSettings } from '../../src/neo4j/config.js';
import { createDriver } from '../../src/neo4j/connect.js';
import { processAlive as alive } from '../../scripts/process-alive.js';
import { spawnLettergraph } from '../support/cli.js';

export const FAULT_HOME = resolve('.neo4j-faults');
export const FAULT_SETTINGS: Neo4jSettings = { uri: 'bolt://127.0.0.1:7688', user: 'neo4j', password: 'lettergraph' };
/** What scripts/neo4j.ts and the CLI need to use the fault server. */
export const FAULT_ENV: Record<string, string> = {
  NEO4J_LOCAL_HOME: FAULT_HOME,
  NEO4J_RUNTIME: 'local',
  NEO4J_BOLT_PORT: '7688',
  NEO4J_HTTP_PORT: '7475',
  NEO4J_URI: FAULT_SETTINGS.uri,
  NEO4J_USER: FAULT_SETTINGS.user,
  NEO4J_PASSWORD: FAULT_SETTINGS.password,
};

export function serverScript(command: 'start' | 'stop'): void {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/neo4j.ts', command], {
    encoding: 'utf8',
    env: { ...process.env, ...FAULT_ENV },
  });
  if (run.status !== 0) throw new Error(`scripts/neo4j.ts ${command} (fault server) failed: ${run.stdout}${run.stderr}`);
}

/** The JVM's pid, from the pid file scripts/neo4j.ts writes. */
export function serverPid(): number {
  return Number(readFileSync(join(FAULT_HOME, 'run', 'server.pid'), 'utf8').trim());
}

export async function untilDead(pid: number): Promise<void> {
  while (alive(pid)) await new Promise((r) => setTimeout(r, 100));
}

export function faultDriver(): Driver {
  return createDriver(FAULT_SETTINGS);
}

export type { Run } from '../support/cli.js';

const CODE = join(FAULT_HOME, 'code');

/**
 * Copies the CLI's code (src, cypher, data, viewer/dist) aside once per test run. Other people edit
 * this working tree while tests run; a test that compares two loads minutes apart must run one
 * version of the extractor for both.
 */
export function snapshotCode(): void {
  rmSync(CODE, { recursive: true, force: true });
  for (const dir of ['src', 'cypher', 'data', 'viewer/dist']) cpSync(dir, join(CODE, dir), { recursive: true });
}

/** `lettergraph …` (the snapshot) in a child process, as a user runs it; `child` lets a test act while it runs. */
export function lettergraph(args: string[], env: Record<string, string> = {}): ReturnType<typeof spawnLettergraph> {
  return spawnLettergraph(args, { env: { ...FAULT_ENV, ...env }, main: join(CODE, 'src', 'cli', 'main.ts') });
}

type Rows = Record<string, unknown>[];

async function rows(driver: Driver, cypher: string): Promise<Rows> {
  const { records } = await driver.executeQuery(cypher, {}, { routing: 'READ' });
  return records.map((r) => r.toObject());
}

/** A checksum-like summary of the whole graph: nodes per label, relationships per type and summed figures. */
export async function graphSummary(driver: Driver): Promise<Record<string, unknown>> {
  return {
    labels: await rows(driver, 'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label'),
    types: await rows(driver, 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type'),
    mentions: await rows(driver, 'MATCH ()-[m:MENTIONS]->() RETURN sum(size(m.sentenceSpans)) AS sentenceSpans, sum(size(m.spans)) AS spans'),
    aliases: await rows(driver, 'MATCH (n) WHERE n.aliases IS NOT NULL RETURN sum(size(n.aliases)) AS aliases'),
    evidence: await rows(driver, 'MATCH ()-[r]->() WHERE r.spans IS NOT NULL RETURN sum(size(r.spans)) AS spans'),
  };
}

/**
 * Per letter id: its node (text length, sources), the relationships touching it per type (with
 * summed evidence spans) and those it owns through `letterId`. A letter written by half would
 * differ from the same letter after a clean load; edges owned by a letter without its node show too.
 */
export async function letterSignatures(driver: Driver): Promise<Map<string, string>> {
  const parts = new Map<string, string[]>();
  const add = (id: unknown, part: string) => parts.set(String(id), [...(parts.get(String(id)) ?? []), part]);
  for (const r of await rows(driver, 'MATCH (l:Letter) RETURN l.id AS id, size(l.text) AS chars, COUNT { (:Source)-[:OF]->(l) } AS sources ORDER BY id')) {
    add(r.id, `letter ${r.chars} chars ${r.sources} sources`);
  }
  for (const r of await rows(
    driver,
    'MATCH (l:Letter)-[r]-() RETURN l.id AS id, type(r) AS type, count(*) AS n, sum(size(coalesce(r.spans, []))) AS c ORDER BY id, type',
  )) {
    add(r.id, `${r.type} ${r.n}/${r.c}`);
  }
  for (const r of await rows(
    driver,
    'MATCH ()-[r]->() WHERE r.letterId IS NOT NULL RETURN r.letterId AS id, type(r) AS type, count(*) AS n ORDER BY id, type',
  )) {
    add(r.id, `owned ${r.type} ${r.n}`);
  }
  return new Map([...parts].map(([id, p]) => [id, p.join(', ')]));
}

export async function letterCount(driver: Driver): Promise<number> {
  const [r] = await rows(driver, 'MATCH (l:Letter) RETURN count(l) AS n');
  return r?.n as number;
}
