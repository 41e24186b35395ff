/**
 * Vitest globalSetup: integration tests need a real Neo4j (never a mock). If Bolt already answers, use that
 * server; otherwise start the local one with scripts/neo4j.ts. Only a server that test runs started is
 * stopped, and only by the last run still using it: each run holds a lease (a file named by its pid), so
 * parallel runs in one checkout do not pull the server from under each other.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { neo4jSettingsFromEnv } from '../../src/neo4j/config.js';
import { withFileLock } from '../../scripts/file-lock.js';
import { NEO4J_LOCAL_HOME, REPO_ROOT } from '../../scripts/neo4j-home.js';
import { probeBolt } from '../../scripts/wait-for-bolt.js';
import { processAlive } from '../../scripts/process-alive.js';

const RUN_DIR = join(NEO4J_LOCAL_HOME, 'run');
const LEASES = join(RUN_DIR, 'test-leases');
const STARTED_BY_TESTS = join(RUN_DIR, 'started-by-tests');
const LOCK = join(RUN_DIR, 'tests.lock');
const LOCK_TIMEOUT_MS = 600_000;
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const OWN_LEASE = join(LEASES, String(process.pid));

function serverScript(command: 'start' | 'stop' | 'status'): number | null {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'scripts', 'neo4j.ts'), command], {
    cwd: REPO_ROOT,
    stdio: ['ignore', command === 'status' ? 'ignore' : 'inherit', 'inherit'],
  });
  return run.status;
}

function mustRun(command: 'start' | 'stop'): void {
  const status = serverScript(command);
  if (status !== 0) throw new Error(`scripts/neo4j.ts ${command} failed (exit ${status})`);
}

/** Leases of runs that are still alive; those of crashed runs are dropped. */
function liveLeases(): string[] {
  return readdirSync(LEASES).filter((name) => {
    if (processAlive(Number(name))) return true;
    rmSync(join(LEASES, name), { force: true });
    return false;
  });
}

export default async function setup(): Promise<() => Promise<void>> {
  const settings = neo4jSettingsFromEnv();
  mkdirSync(LEASES, { recursive: true });
  await withFileLock(LOCK, LOCK_TIMEOUT_MS, async () => {
    writeFileSync(OWN_LEASE, '');
    try {
      const probe = await probeBolt(settings);
      if (probe.ok) return;
      if (probe.reason === 'auth') {
        throw new Error(`Neo4j at ${settings.uri} refuses NEO4J_USER/NEO4J_PASSWORD: ${probe.message}`);
      }
      if (!LOCAL_HOSTS.has(new URL(settings.uri).hostname)) {
        throw new Error(`Neo4j at ${settings.uri} does not answer (${probe.message}); only a local server can be started`);
      }
      // A server someone started by hand that is still booting is theirs to stop, not ours.
      const wasRunning = serverScript('status') === 0;
      mustRun('start');
      if (!wasRunning) writeFileSync(STARTED_BY_TESTS, '');
    } catch (error) {
      rmSync(OWN_LEASE, { force: true }); // vitest skips teardown when setup throws
      throw error;
    }
  });

  return () =>
    withFileLock(LOCK, LOCK_TIMEOUT_MS, async () => {
      rmSync(OWN_LEASE, { force: true });
      if (liveLeases().length > 0 || !existsSync(STARTED_BY_TESTS)) return;
      rmSync(STARTED_BY_TESTS, { force: true });
      mustRun('stop');
    });
}
