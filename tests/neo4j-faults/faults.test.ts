// Faults against a real Neo4j: the server killed or stopped mid-load, a lock conflict the driver
// retries, a permanent error it must not retry, wrong passwords and a server that is down. All of
// it on a second server (.neo4j-faults, Bolt 7688) that this file starts and stops itself.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synthesizeCorpus } from '../../bench/synth.js';
import { loadRecords } from '../../src/neo4j/load.js';
import { extractPaths } from '../../src/pipeline.js';
import type { LetterRecord } from '../../src/schema.js';
import {
  faultDriver,
  graphSummary,
  letterCount,
  letterSignatures,
  lettergraph,
  type Run,
  serverPid,
  serverScript,
  snapshotCode,
  untilDead,
} from './faultServer.js';

const LETTERS = 300;
const BATCH = 5;

let corpus: string;
let driver: Driver;
let samples: LetterRecord[];
/** The graph a clean load of the corpus into an empty database makes. */
let clean: { summary: Record<string, unknown>; letters: Map<string, string> };

async function wipe(): Promise<void> {
  await driver.executeQuery('MATCH (n) DETACH DELETE n');
}

/** One line on stderr, no stack trace, nothing on stdout, exit 2. */
function failsCleanly(run: Run): void {
  expect(run.stderr.split('\n').filter(Boolean), run.stderr).toHaveLength(1);
  expect(run.stderr).toMatch(/^lettergraph: /);
  expect(run.stderr).not.toMatch(/\n\s+at |Error:|\{/);
  expect(run.stdout).toBe('');
  expect(run.code).toBe(2);
}

beforeAll(async () => {
  snapshotCode();
  serverScript('start');
  driver = faultDriver();
  corpus = mkdtempSync(join(tmpdir(), 'lettergraph-faults-'));
  synthesizeCorpus('examples/letters', corpus, LETTERS);
  samples = [];
  for await (const item of extractPaths(['examples/letters'])) if (item.ok) samples.push(item.record);
  expect(samples).toHaveLength(5);

  await wipe();
  const run = await lettergraph(['load', corpus, '--batch-size', String(BATCH)]).done;
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(new RegExp(`^loaded ${LETTERS} letters`, 'm'));
  clean = { summary: await graphSummary(driver), letters: await letterSignatures(driver) };
  expect(clean.letters.size).toBe(LETTERS);
}, 300_000);

afterAll(async () => {
  await driver?.close();
  rmSync(corpus, { recursive: true, force: true });
  serverScript('stop');
}, 180_000);

type Call = { attempts: number; errors: string[]; failedAt: number[]; startedAt: number[] };

/**
 * Counts how often the real driver runs each executeWrite's work function (the driver retries by
 * calling it again): the driver itself is untouched, only the work function is wrapped.
 */
function countAttempts(d: Driver): Call[] {
  const calls: Call[] = [];
  const session = d.session.bind(d);
  d.session = ((...args: Parameters<Driver['session']>) => {
    const s = session(...args);
    const executeWrite = s.executeWrite.bind(s);
    s.executeWrite = ((work: (tx: ManagedTransaction) => Promise<unknown>, config?: unknown) => {
      const call: Call = { attempts: 0, errors: [], failedAt: [], startedAt: [] };
      calls.push(call);
      return executeWrite(async (tx) => {
        call.attempts++;
        call.startedAt.push(Date.now());
        try {
          return await work(tx);
        } catch (error) {
          call.errors.push((error as { code?: string }).code ?? String(error));
          call.failedAt.push(Date.now());
          throw error;
        }
      }, config as Parameters<Session['executeWrite']>[1]);
    }) as Session['executeWrite'];
    return s;
  }) as Driver['session'];
  return calls;
}

describe('retries: transient errors again after a pause, permanent ones never', () => {
  let cleanSamples: Record<string, unknown>;
  beforeAll(async () => {
    await wipe();
    await loadRecords(driver, samples);
    cleanSamples = await graphSummary(driver);
  }, 120_000);

  it('a deadlock with another transaction (TransientError) is retried after a backoff and the load completes', async () => {
    await wipe();
    const last = samples[4] as LetterRecord;
    await loadRecords(driver, samples.slice(0, 4));

    const loader = faultDriver();
    const other = faultDriver();
    const calls = countAttempts(loader);
    const session = other.session();
    const tx = await session.beginTransaction();
    try {
      // The other transaction write-locks every entity and proposal the letters share …
      const held = await tx.run('MATCH (n) WHERE NOT n:Letter SET n.heldByTest = true RETURN count(n) AS n');
      expect(held.records[0]?.get('n')).toBeGreaterThan(50);
      // … the loader, writing letter 5, creates its Letter node (locking its key) and waits on an entity …
      const loading = loadRecords(loader, [last], { batchSize: 1 });
      await untilBlocked(other);
      // … and the other transaction now wants that Letter key: a cycle. Neo4j aborts the side holding
      // fewer locks (the loader) with Neo.TransientError.Transaction.DeadlockDetected.
      await tx.run('MERGE (l:Letter {id: $id}) RETURN l', { id: last.id });
      await tx.rollback();
      const result = await loading;

      expect(result.failed).toEqual([]);
      expect(result.letters).toBe(1);
      const [batch] = calls;
      expect(batch?.errors[0]).toBe('Neo.TransientError.Transaction.DeadlockDetected');
      expect(batch?.attempts).toBeGreaterThanOrEqual(2);
      // The driver waited before trying again (its backoff starts at about 1 s, with jitter).
      expect((batch?.startedAt[1] ?? 0) - (batch?.failedAt[0] ?? 0)).toBeGreaterThanOrEqual(500);
      expect(await graphSummary(driver)).toEqual(cleanSamples);
      const [{ n } = { n: -1 }] = (await driver.executeQuery('MATCH (n) WHERE n.heldByTest RETURN count(n) AS n')).records.map((r) => r.toObject());
      expect(n).toBe(0);
    } finally {
      if (tx.isOpen()) await tx.rollback();
      await session.close();
      await loader.close();
      await other.close();
    }
  }, 120_000);

  it('a lock held by another transaction is waited for, not an error: released, the load writes in one attempt', async () => {
    await wipe();
    const last = samples[4] as LetterRecord;
    await loadRecords(driver, samples.slice(0, 4));
    const loader = faultDriver();
    const calls = countAttempts(loader);
    const session = driver.session();
    const tx = await session.beginTransaction();
    try {
      await tx.run('MATCH (n) WHERE NOT n:Letter SET n.heldByTest = true');
      const loading = loadRecords(loader, [last], { batchSize: 1 });
      await untilBlocked(driver);
      await tx.rollback();
      expect((await loading).failed).toEqual([]);
      expect(calls.map((c) => c.attempts)).toEqual([1]);
      expect(await graphSummary(driver)).toEqual(cleanSamples);
    } finally {
      if (tx.isOpen()) await tx.rollback();
      await session.close();
      await loader.close();
    }
  });

  it('a constraint violation (ClientError) fails its letter at once: no transaction runs twice', async () => {
    await wipe();
    // Four of the five letters share the publisher 市科技局: after the first, each violates this.
    await driver.executeQuery('CREATE CONSTRAINT faults_publisher IF NOT EXISTS FOR (l:Letter) REQUIRE l.publisher IS UNIQUE');
    const loader = faultDriver();
    const calls = countAttempts(loader);
    try {
      const result = await loadRecords(loader, samples);
      expect(result.letters).toBe(2);
      expect(result.failed).toHaveLength(3);
      for (const f of result.failed) expect(f.error).toMatch(/already exists with label `Letter` and property `publisher` = '市科技局'/);
      // The batch once, then each letter once (the loader's own split, not a retry).
      expect(calls.map((c) => c.attempts)).toEqual([1, 1, 1, 1, 1, 1]);
      expect(calls.flatMap((c) => c.errors)).toEqual(Array(4).fill('Neo.ClientError.Schema.ConstraintValidationFailed'));
      expect(await letterCount(driver)).toBe(2);
    } finally {
      await driver.executeQuery('DROP CONSTRAINT faults_publisher IF EXISTS');
      await loader.close();
    }
  });

  it('a Cypher syntax error is not retried by the loader’s driver settings', async () => {
    const d = faultDriver();
    const calls = countAttempts(d);
    const session = d.session();
    try {
      await expect(session.executeWrite((tx) => tx.run('MERGE (l:Letter {id: $id}'))).rejects.toMatchObject({
        code: 'Neo.ClientError.Statement.SyntaxError',
      });
      expect(calls.map((c) => c.attempts)).toEqual([1]);
    } finally {
      await session.close();
      await d.close();
    }
  });
});

/** Waits until some transaction on the server is blocked on a lock. */
async function untilBlocked(d: Driver): Promise<void> {
  for (;;) {
    const { records } = await d.executeQuery('SHOW TRANSACTIONS YIELD status RETURN status');
    if (records.some((r) => String(r.get('status')).startsWith('Blocked'))) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the server goes away in the middle of a load', () => {
  for (const signal of ['SIGKILL', 'SIGTERM'] as const) {
    it(`${signal}: the load fails in one line with exit 2, each letter is all or nothing, and a rerun after a restart gives the clean graph`, async () => {
      await wipe();
      const load = lettergraph(['load', corpus, '--batch-size', String(BATCH)]);
      // Several transactions commit first.
      while ((await letterCount(driver)) < 10 * BATCH) await new Promise((r) => setTimeout(r, 20));
      const pid = serverPid();
      process.kill(pid, signal);
      const run = await load.done;
      await untilDead(pid);
      failsCleanly(run);
      expect(run.stderr).toMatch(/^lettergraph: load interrupted after \d+ letters written: .*Neo4j at bolt:\/\/127\.0\.0\.1:7688.*; each letter is written whole or not at all, so running the same load again completes it\n$/);
      const reported = Number(/after (\d+) letters/.exec(run.stderr)?.[1]);

      serverScript('start');
      const written = await letterSignatures(driver);
      expect(written.size).toBeGreaterThanOrEqual(10 * BATCH);
      expect(written.size).toBeLessThan(LETTERS);
      // What the load reported as written is there (a batch may have committed as the server died).
      expect(written.size).toBeGreaterThanOrEqual(reported);
      process.stdout.write(`${signal}: ${written.size} letters kept; the load said: ${run.stderr}`);
      for (const [id, signature] of written) expect(signature, id).toBe(clean.letters.get(id));

      const rerun = await lettergraph(['load', corpus, '--batch-size', String(BATCH)]).done;
      expect(rerun.stderr).toBe('');
      expect(rerun.code).toBe(0);
      expect(await graphSummary(driver)).toEqual(clean.summary);
      expect(await letterSignatures(driver)).toEqual(clean.letters);
    }, 300_000);
  }
});

describe('serve --neo4j is read-only: no endpoint takes Cypher or writes', () => {
  let url: string;
  let serve: ReturnType<typeof lettergraph>;
  beforeAll(async () => {
    await wipe();
    await loadRecords(driver, samples);
    serve = lettergraph(['serve', '--neo4j', '--port', '0']);
    url = await new Promise<string>((found, fail) => {
      let out = '';
      serve.child.stdout?.on('data', (d) => {
        out += d;
        const match = / at (http:\/\/127\.0\.0\.1:\d+\/)\n/.exec(out);
        if (match) found(match[1] as string);
      });
      void serve.done.then((run) => fail(new Error(`serve exited with ${run.code}: ${run.stderr}`)));
    });
  }, 120_000);
  afterAll(async () => {
    // SIGKILL: on SIGTERM serve closes its HTTP server but not its Neo4j driver, and the process stays (reported).
    serve?.child.kill('SIGKILL');
    await serve?.done;
  });

  it('serves the graph on GET and refuses every other method, with a Cypher body or without', async () => {
    const before = await graphSummary(driver);
    const graph = await fetch(`${url}graph.json`);
    expect(graph.status).toBe(200);
    const body = await graph.text();
    expect((JSON.parse(body) as { nodes: unknown[] }).nodes.length).toBeGreaterThan(50);

    const cypher = 'MATCH (n) DETACH DELETE n';
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      for (const path of ['graph.json', '', 'db/neo4j/tx/commit']) {
        const res = await fetch(`${url}${path}`, { method, body: JSON.stringify({ statements: [{ statement: cypher }] }) });
        expect(res.status, `${method} /${path}`).toBe(405);
      }
    }
    // Neo4j's HTTP API paths and likely query parameters are not there / ignored.
    for (const path of ['db/neo4j/tx/commit', 'db/neo4j/query/v2', 'cypher', 'query', 'api/query']) {
      expect((await fetch(`${url}${path}?statement=${encodeURIComponent(cypher)}`)).status, path).toBe(404);
    }
    for (const query of ['cypher', 'query', 'statement']) {
      const res = await fetch(`${url}graph.json?${query}=${encodeURIComponent(cypher)}`);
      expect(await res.text()).toBe(body);
    }
    expect(await graphSummary(driver)).toEqual(before);
  });
});

describe('server down or wrong password: one line, exit 2, before the driver would retry (what tests/neo4j/cli.test.ts does not cover)', () => {
  let closedUri: string;
  beforeAll(async () => {
    const port = await new Promise<number>((found) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => found(p));
      });
    });
    closedUri = `bolt://127.0.0.1:${port}`;
  });

  // Not a speed measurement: the bound tells a prompt failure from the driver's retry loop (30 s) or a
  // hang, with room for a loaded CI machine (a run under a load average of 9 took 14 s).
  async function timed(args: string[], env: Record<string, string> = {}): Promise<Run> {
    const started = Date.now();
    const run = await lettergraph(args, env).done;
    expect(Date.now() - started).toBeLessThan(25_000);
    return run;
  }

  it('load with nothing listening', async () => {
    const run = await timed(['load', 'examples/letters'], { NEO4J_URI: closedUri });
    failsCleanly(run);
    expect(run.stderr).toMatch(/cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:\d+: ECONNREFUSED .*\(is it running\? npm run neo4j:start\)/);
  });

  it('serve --neo4j with nothing listening', async () => {
    const run = await timed(['serve', '--neo4j', '--port', '0'], { NEO4J_URI: closedUri });
    failsCleanly(run);
    expect(run.stderr).toMatch(/cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:\d+: ECONNREFUSED/);
  });

  // Last in the file: wrong passwords count towards Neo4j's lock-out of the user (3 failures, 5 s).
  it('query with a wrong password', async () => {
    const run = await timed(['query', 'fund-letters', '--param', 'fund=种子基金', '--password', 'not-the-password']);
    failsCleanly(run);
    expect(run.stderr).toMatch(/Neo4j at bolt:\/\/127\.0\.0\.1:7688 refused user 'neo4j': wrong user or password/);
  });

  it('serve --neo4j with a wrong password', async () => {
    const run = await timed(['serve', '--neo4j', '--port', '0'], { NEO4J_PASSWORD: 'not-the-password' });
    failsCleanly(run);
    expect(run.stderr).toMatch(/Neo4j at bolt:\/\/127\.0\.0\.1:7688 refused user 'neo4j': wrong user or password/);
  });
});
