// Test helpers for the real Neo4j the integration tests share. Test files run
// in parallel and Community has one database, so a file that wipes and loads
// holds a lock (a directory, created atomically) until it is done.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { neo4jSettingsFromEnv } from '../../src/neo4j/config.js';
import { createDriver } from '../../src/neo4j/connect.js';
import { plainValue } from '../../src/neo4j/query.js';
import { processAlive } from '../../scripts/process-alive.js';

const settings = neo4jSettingsFromEnv();
const LOCK = join(tmpdir(), `lettergraph-neo4j-tests-${new URL(settings.uri).port || '7687'}.lock`);
const token = `${process.pid} ${Math.random()}`;

function holderAlive(): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(LOCK, 'owner'), 'utf8').split(' ')[0]);
  } catch {
    return true; // being created right now
  }
  return processAlive(pid);
}

async function lock(): Promise<void> {
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'owner'), token);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (!holderAlive()) rmSync(LOCK, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 250));
    }
  }
}

function unlock(): void {
  try {
    if (readFileSync(join(LOCK, 'owner'), 'utf8') === token) rmSync(LOCK, { recursive: true, force: true });
  } catch {
    // not ours or already gone
  }
}

/** Waits for the database, wipes it and returns a driver; `release` closes it and lets the next file in. */
export async function exclusiveDatabase(): Promise<{ driver: Driver; release: () => Promise<void> }> {
  await lock();
  const driver = createDriver(settings);
  try {
    await wipe(driver);
  } catch (error) {
    await driver.close();
    unlock();
    throw error;
  }
  return {
    driver,
    release: async () => {
      await driver.close();
      unlock();
    },
  };
}

/**
 * Deletes everything in transactions of 10,000 elements, relationships first: detaching 10,000
 * nodes at once can take a hub's hundreds of thousands of edges into one transaction (after
 * bench:load's 100,000 letters that exceeded the server's transaction memory).
 */
export async function wipe(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

/** Rows of a read query as plain objects. */
export async function rows(driver: Driver, cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const { records, keys } = await driver.executeQuery(cypher, params, { routing: 'READ' });
  return records.map((r) => Object.fromEntries(keys.map((k) => [k, plainValue(r.get(k))])));
}

export async function graphSize(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const [n] = await rows(driver, 'MATCH (n) RETURN count(n) AS c');
  const [r] = await rows(driver, 'MATCH ()-[r]->() RETURN count(r) AS c');
  return { nodes: n?.c as number, relationships: r?.c as number };
}

export { settings };
