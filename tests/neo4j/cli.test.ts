// `lettergraph load` and `lettergraph query` as a user runs them, against the real server.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lettergraph, type Run } from '../support/cli.js';
import { exclusiveDatabase, graphSize, rows, settings, wipe } from './db.js';

const L003 = '003_d4bab2a74ced1df3';
const ID003 = '11500000MB15895317/2024-00040';

let driver: Driver;
let release: () => Promise<void>;
let tmp: string;
beforeAll(async () => {
  ({ driver, release } = await exclusiveDatabase());
  tmp = mkdtempSync(join(tmpdir(), 'lettergraph-cli-'));
}, 600_000);
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  await release?.();
});

describe('lettergraph load', () => {
  it('loads the sample letters and sums up what it wrote', async () => {
    await wipe(driver);
    const run = await lettergraph(['load', 'examples/letters']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^loaded 5 letters into bolt:\/\/\S+ \(5 new, 0 updated, 0 unchanged\)$/m);
    expect(run.stdout).toMatch(/^nodes: \d+ created, 0 deleted/m);
    expect(run.stdout).toMatch(/^failed files: 0$/m);
    const size = await graphSize(driver);
    const created = /^nodes: (\d+) created/m.exec(run.stdout)?.[1];
    expect(Number(created)).toBe(size.nodes);
  });

  it('loads them again without changing the graph', async () => {
    const before = await graphSize(driver);
    const run = await lettergraph(['load', 'examples/letters', '--batch-size', '2']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\(0 new, 0 updated, 5 unchanged\)/);
    expect(run.stdout).toMatch(/^nodes: 0 created, 0 deleted/m);
    expect(await graphSize(driver)).toEqual(before);
  });

  it('replaces a changed letter’s evidence when the file is edited and loaded again', async () => {
    await wipe(driver);
    const file = join(tmp, `${L003}.txt`);
    copyFileSync(`examples/letters/${L003}.txt`, file);
    expect((await lettergraph(['load', tmp])).code).toBe(0);
    const mentions = () =>
      rows(driver, 'MATCH (l:Letter {id: $id})-[m:MENTIONS]->(:Fund {name: "种子基金"}) RETURN [i IN range(0, size(m.sentenceSpans) - 2, 2) | substring(l.text, m.sentenceSpans[i], m.sentenceSpans[i + 1] - m.sentenceSpans[i])] AS sentences, m.amountTexts AS amounts', { id: ID003 });
    const [before] = await mentions();
    expect(before?.sentences as string[]).toContain('设立种子引导基金,累计支持项目821个、金额2.98亿元;');
    expect(before?.amounts).toEqual(expect.arrayContaining(['821个', '2.98亿元']));
    expect(await rows(driver, 'MATCH (f:Fund {name: "重庆市科技成果转化股权投资基金"}) RETURN f')).toHaveLength(1);
    const sizeBefore = await graphSize(driver);

    // Drop the clauses that set up the transfer fund and the seed fund's 种子引导基金.
    const text = readFileSync(file, 'utf8');
    const from = text.indexOf('设立重庆市科技成果转化股权投资基金');
    const to = text.indexOf('设立知识价值信用贷款风险补偿基金');
    expect(from).toBeGreaterThan(0);
    expect(to).toBeGreaterThan(from);
    writeFileSync(file, text.slice(0, from) + text.slice(to));

    const run = await lettergraph(['load', tmp]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\(0 new, 1 updated, 0 unchanged\)/);
    const [after] = await mentions();
    expect(after?.sentences as string[]).not.toContain('设立种子引导基金,累计支持项目821个、金额2.98亿元;');
    expect(after?.sentences as string[]).toContain('三是调整种子基金运营管理模式。');
    expect(after?.amounts).not.toContain('2.98亿元');
    const [fund] = await rows(driver, 'MATCH (f:Fund {name: "种子基金"}) RETURN f.aliases AS aliases');
    expect(fund?.aliases).not.toContain('种子引导基金');
    // The fund only those clauses named is gone, and nothing was added.
    expect(await rows(driver, 'MATCH (f:Fund {name: "重庆市科技成果转化股权投资基金"}) RETURN f')).toHaveLength(0);
    const sizeAfter = await graphSize(driver);
    expect(sizeAfter.nodes).toBeLessThan(sizeBefore.nodes);
    expect(sizeAfter.relationships).toBeLessThan(sizeBefore.relationships);
  });

  it('refuses a batch size that is not a positive whole number, before connecting', async () => {
    const run = await lettergraph(['load', 'examples/letters', '--batch-size', '0', '--uri', 'bolt://127.0.0.1:1']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--batch-size <n>' argument '0' is invalid. a positive whole number/);
  });

  it('names the files it could not read, loads the rest and exits 1', async () => {
    const bad = join(tmp, 'empty.txt');
    writeFileSync(bad, '');
    const run = await lettergraph(['load', tmp]);
    rmSync(bad);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining(`lettergraph: ${bad}: `)]);
    expect(run.stdout).toMatch(/^loaded 1 letter into/m);
    expect(run.stdout).toMatch(/^failed files: 1$/m);
  });
});

describe('lettergraph query', () => {
  beforeAll(async () => {
    await wipe(driver);
    expect((await lettergraph(['load', 'examples/letters'])).code).toBe(0);
  });

  it('runs a library query with --param and prints JSON', async () => {
    const run = await lettergraph(['query', 'cohandling-network', '--param', 'agency=重庆市科学技术局', '--param', 'minLetters=3', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const answer = JSON.parse(run.stdout) as { partner: string; letters: number }[];
    expect(answer.map((r) => [r.partner, r.letters])).toEqual([
      ['重庆市经济和信息化委员会', 4],
      ['重庆市人力资源和社会保障局', 3],
      ['重庆市教育委员会', 3],
      ['重庆市财政局', 3],
    ]);
  });

  it('prints a table by default', async () => {
    const run = await lettergraph(['query', 'fund-letters', '--param', 'fund=种子基金']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^fund\s+letter\s+title/);
    expect(lines.at(-1)).toBe('(3 rows)');
  });

  it('lists the library with each query’s first comment line', async () => {
    const run = await lettergraph(['query', '--list']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^fund-letters\s+Letters that mention a fund/m);
    expect(run.stdout).toMatch(/params: fund: Fund \(required\)$/m);
    expect(run.stdout).toMatch(/params: name: Entity \(required\), limit: integer = 200$/m);
  });

  it('refuses a misspelt or missing parameter naming those the query takes (exit 2)', async () => {
    const typo = await lettergraph(['query', 'fund-letters', '--param', 'fnd=种子基金']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe('lettergraph: query fund-letters: unknown parameter fnd; it takes fund: Fund (required)\n');
    const missing = await lettergraph(['query', 'neighbourhood', '--param', 'limit=5']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('lettergraph: query neighbourhood: missing parameter name; it takes name: Entity (required), limit: integer = 200\n');
    const badType = await lettergraph(['query', 'neighbourhood', '--param', 'name=种子基金', '--param', 'limit=many']);
    expect(badType.code).toBe(2);
    expect(badType.stderr).toMatch(/^lettergraph: query neighbourhood: parameter limit wants an integer, got "many"/);
  });

  it('says a name was not found (exit 1), apart from an empty answer (exit 0)', async () => {
    const unknown = await lettergraph(['query', 'fund-letters', '--param', 'fund=不存在的基金']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe("lettergraph: query fund-letters: no Fund named '不存在的基金' (by name or alias)\n");
    const empty = await lettergraph(['query', 'cohandling-network', '--param', 'agency=市科技局', '--param', 'minLetters=99']);
    expect(empty.stderr).toBe('');
    expect(empty.code).toBe(0);
    expect(empty.stdout).toMatch(/\(0 rows\)/);
  });

  it('connects through the neo4j:// routing scheme (as to a cluster or Aura) to the single local server', async () => {
    const routing = settings.uri.replace(/^bolt:/, 'neo4j:');
    expect(routing).toMatch(/^neo4j:\/\//);
    const run = await lettergraph(['query', 'fund-letters', '--param', 'fund=种子基金', '--format', 'json', '--uri', routing]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toHaveLength(3);
  });

  it('stops a runaway query at its --timeout with one line (exit 2), and the server answers the next one', async () => {
    const file = join(tmp, 'explode.cypher');
    // Every path of any length between letters: exponential in the graph's cycles.
    writeFileSync(file, '// Every path.\nMATCH p = (:Letter)-[*]-(:Letter) RETURN count(p);\n');
    const run = await lettergraph(['query', file, '--timeout', '2']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('lettergraph: query explode stopped by its 2 s transaction timeout (--timeout <seconds> to allow more)\n');
    const next = await lettergraph(['query', 'fund-letters', '--param', 'fund=种子基金', '--format', 'json', '--timeout', '5']);
    expect(next.code).toBe(0);
    expect(JSON.parse(next.stdout)).toHaveLength(3);
  });

  it('refuses a query file that writes: one line, exit 2, nothing written', async () => {
    const file = join(tmp, 'write.cypher');
    writeFileSync(file, '// Marks every letter.\nMATCH (l:Letter) SET l.hacked = true RETURN count(l);\n');
    const run = await lettergraph(['query', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^lettergraph: query write tries to write; lettergraph query only reads .*\n$/);
    expect(await rows(driver, 'MATCH (l:Letter) WHERE l.hacked RETURN l')).toEqual([]);
  });

  it('says which query failed and why on a Cypher error', async () => {
    const file = join(tmp, 'typo.cypher');
    writeFileSync(file, '// Broken.\nMATCH (l:Letter RETURN l;\n');
    const run = await lettergraph(['query', file]);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stderr).toMatch(/^lettergraph: query typo: /);
  });
});

describe('connection errors: one line, exit 2, no stack trace', () => {
  let silent: Server;
  let silentPort: number;
  const accepted = new Set<Socket>();
  beforeAll(async () => {
    // Accepts connections and never answers, like a hung server or a wrong port behind a firewall.
    silent = createServer((socket) => accepted.add(socket));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    silentPort = (silent.address() as { port: number }).port;
  });
  afterAll(async () => {
    for (const socket of accepted) socket.destroy();
    await new Promise<void>((r) => silent.close(() => r()));
  });

  const oneLine = (run: Run) => {
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  };

  it('wrong password', async () => {
    const run = await lettergraph(['load', 'examples/letters', '--password', 'not-the-password']);
    oneLine(run);
    expect(run.stderr).toMatch(/refused user 'neo4j': wrong user or password/);
  });

  it('nothing listening', async () => {
    const closed = await new Promise<number>((r) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const port = (s.address() as { port: number }).port;
        s.close(() => r(port));
      });
    });
    const run = await lettergraph(['query', 'fund-letters', '--param', 'fund=种子基金'], { NEO4J_URI: `bolt://127.0.0.1:${closed}` });
    oneLine(run);
    expect(run.stderr).toMatch(/cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:\d+: ECONNREFUSED 127\.0\.0\.1:\d+ \(is it running\? npm run neo4j:start\)/);
  });

  it('an HTTP server where Bolt was expected', async () => {
    const web = createHttpServer((_req, res) => res.end('hello'));
    await new Promise<void>((r) => web.listen(0, '127.0.0.1', r));
    const port = (web.address() as { port: number }).port;
    const run = await lettergraph(['query', 'fund-letters', '--param', 'fund=种子基金', '--uri', `bolt://127.0.0.1:${port}`]);
    web.closeAllConnections();
    await new Promise<void>((r) => web.close(() => r()));
    oneLine(run);
    expect(run.stderr).toMatch(/answers HTTP, not Bolt/);
  });

  it('a server that never answers', async () => {
    const run = await lettergraph(['query', 'fund-letters', '--param', 'fund=种子基金', '--uri', `bolt://127.0.0.1:${silentPort}`]);
    oneLine(run);
    expect(run.stderr).toMatch(/cannot reach Neo4j at .*: no answer within 5 s/);
  });
});
