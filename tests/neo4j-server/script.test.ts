import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// scripts/neo4j.ts against an empty home of its own, so the suite's real server is never touched.
let home: string;

function script(command: string, env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/neo4j.ts', command], {
    encoding: 'utf8',
    env: { ...process.env, NEO4J_LOCAL_HOME: home, NEO4J_RUNTIME: 'local', ...env },
  });
  return { status: run.status, out: run.stdout + run.stderr };
}

function writePidFile(pid: number): string {
  mkdirSync(join(home, 'run'), { recursive: true });
  const file = join(home, 'run', 'server.pid');
  writeFileSync(file, `${pid}\n`);
  return file;
}

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'lettergraph-neo4j-'));
});

afterEach(() => {
  rmSync(home, { recursive: true, force: true });
});

describe('scripts/neo4j.ts without a server', () => {
  it('reports stopped with exit 3 and drops a pid file whose process is dead', () => {
    const dead = spawnSync('true').pid;
    const pidFile = writePidFile(dead);
    const { status, out } = script('status');
    expect(out).toContain('neo4j: stopped');
    expect(status).toBe(3);
    expect(existsSync(pidFile)).toBe(false);
  });

  it('does not take a live process that is not its server for a running Neo4j', () => {
    writePidFile(process.pid);
    const { status, out } = script('status');
    expect(out).toContain('neo4j: stopped');
    expect(status).toBe(3);
  });

  it('stop is a no-op with exit 0 when nothing runs', () => {
    const { status, out } = script('stop');
    expect(out).toContain('neo4j: not running');
    expect(status).toBe(0);
  });

  it('rejects an unknown command with the usage line and exit 2', () => {
    const { status, out } = script('restart');
    expect(out).toContain('usage: tsx scripts/neo4j.ts start|stop|status|fetch');
    expect(status).toBe(2);
  });

  it('refuses to start on a port another process holds, instead of taking that process for its server', async () => {
    const other = createServer().listen(0, '127.0.0.1');
    await once(other, 'listening');
    const port = (other.address() as AddressInfo).port;
    try {
      // The kernel accepts on a listening socket even while this process waits in spawnSync.
      const { status, out } = script('start', { NEO4J_BOLT_PORT: String(port), NEO4J_HTTP_PORT: String(port + 1) });
      expect(out).toContain(`the Bolt port 127.0.0.1:${port} is taken by another process`);
      expect(status).not.toBe(0);
      expect(existsSync(join(home, 'run', 'server.pid'))).toBe(false);
    } finally {
      other.close();
    }
  });
});

