// Merges and renamed bodies in Neo4j, against the real server: a reload with a changed merges file
// moves the edges (idempotent, no orphans), renamed bodies are linked and never merged, and a bad
// merges file loads nothing.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BISHAN, CHENGDU, CHONGQING, writeLetter, type Written } from '../identity/letters.js';
import { lettergraph } from '../support/cli.js';
import { exclusiveDatabase, graphSize, rows, wipe } from './db.js';

const OLD = '重庆市科学技术委员会';
const NEW = '重庆市科学技术局';

let driver: Driver;
let release: () => Promise<void>;
let tmp: string;
let letters: string;
const mergesFile = (name: string, body: string) => {
  const file = join(tmp, name);
  writeFileSync(file, `type\tname\tcanonical\n${body}`);
  return file;
};
const agencyLetters = (name: string) =>
  rows(driver, 'MATCH (a:Agency {name: $name}) RETURN COUNT { (:Letter)-[:MENTIONS]->(a) } AS letters', { name });
const orphans = () =>
  rows(driver, 'MATCH (n) WHERE NOT n:Letter AND NOT EXISTS { (n)-[r]-() WHERE NOT r:RENAMED_TO } RETURN labels(n)[0] + " " + coalesce(n.name, n.key) AS node');
const renamedLinks = () => rows(driver, 'MATCH (a:Agency)-[r:RENAMED_TO]->(b:Agency) RETURN a.name AS from, b.name AS to, r.reform AS reform');

// The conference at work (报市政协), not only in its session's name, which names a meeting: so 市政协 is an alias of each city's body.
const reportedToConference = (w: Written): Written => ({ ...w, paragraph: `${w.paragraph}办理情况已报市政协。` });

beforeAll(async () => {
  ({ driver, release } = await exclusiveDatabase());
  tmp = mkdtempSync(join(tmpdir(), 'lettergraph-neo4j-merges-'));
  letters = join(tmp, 'letters');
  mkdirSync(letters);
  writeFileSync(join(letters, 'cq.txt'), writeLetter(reportedToConference(CHONGQING)));
  writeFileSync(join(letters, 'bs.txt'), writeLetter(BISHAN));
}, 600_000);
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  await release?.();
});

describe('load --merges', () => {
  it('links a renamed body to its successor, two nodes, and folds 重庆X into 重庆市X', async () => {
    await wipe(driver);
    const run = await lettergraph(['load', '--jobs', '1', letters]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(await renamedLinks()).toEqual([{ from: OLD, to: NEW, reform: '2018–2019' }]);
    expect(await rows(driver, 'MATCH (f:Fund) RETURN f.name AS name, f.aliases AS aliases')).toEqual([
      { name: '重庆市科技成果转化股权投资基金', aliases: ['重庆科技成果转化股权投资基金'] },
    ]);
    expect(await rows(driver, 'MATCH (p:Proposal) RETURN p.key AS key ORDER BY key')).toEqual([
      { key: '重庆市政协六届三次会议|提案|0884' },
      { key: '重庆市璧山区科学技术局（2024年）|提案|12' },
    ]);
    expect(await rows(driver, 'MATCH (a:Agency {name: $name}) RETURN a.province AS province, a.city AS city, a.county AS county', { name: NEW })).toEqual([
      { province: '重庆市', city: '重庆市', county: null },
    ]);
  });

  it('moves the edges of a merged name onto its canonical node when reloaded with a merges file, leaving no orphan', async () => {
    const merges = mergesFile('merges.tsv', `Agency\t${OLD}\t${NEW}\n`);
    const run = await lettergraph(['load', '--jobs', '1', '--merges', merges, letters]);
    expect(run.code).toBe(0);
    expect(await agencyLetters(OLD)).toEqual([]);
    expect(await agencyLetters(NEW)).toEqual([{ letters: 2 }]);
    expect(await rows(driver, 'MATCH (a:Agency {name: $name}) RETURN a.aliases AS aliases', { name: NEW })).toEqual([{ aliases: [OLD] }]);
    expect(await renamedLinks()).toEqual([]);
    expect(await orphans()).toEqual([]);
    const size = await graphSize(driver);
    expect((await lettergraph(['load', '--jobs', '1', '--merges', merges, letters])).code).toBe(0);
    expect(await graphSize(driver)).toEqual(size);
  });

  it('moves them back when the row is taken out of the merges file', async () => {
    const run = await lettergraph(['load', '--jobs', '1', '--merges', mergesFile('none.tsv', ''), letters]);
    expect(run.code).toBe(0);
    expect(await agencyLetters(OLD)).toEqual([{ letters: 1 }]);
    expect(await agencyLetters(NEW)).toEqual([{ letters: 1 }]);
    expect(await renamedLinks()).toEqual([{ from: OLD, to: NEW, reform: '2018–2019' }]);
    expect(await orphans()).toEqual([]);
  });

  it('refuses a merges file with an unknown type in one line and loads nothing', async () => {
    const before = await graphSize(driver);
    const bad = mergesFile('bad.tsv', `Agency\t${OLD}\t${NEW}\nBureau\tA\tB\n`);
    const run = await lettergraph(['load', '--merges', bad, letters]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`lettergraph: ${bad}: line 3: unknown type "Bureau" (one of Agency, Policy, Fund, Platform, Person, Organization)\n`);
    expect(await graphSize(driver)).toEqual(before);
    expect(await agencyLetters(OLD)).toEqual([{ letters: 1 }]);
  });

  it('lists each body an alias several share with its places (alias-matches), and keeps two cities’ proposals apart', async () => {
    const chengdu = join(tmp, 'chengdu');
    mkdirSync(chengdu);
    writeFileSync(join(chengdu, 'cd.txt'), writeLetter(reportedToConference(CHENGDU)));
    expect((await lettergraph(['load', '--jobs', '1', chengdu])).code).toBe(0);
    const run = await lettergraph(['query', 'alias-matches', '--param', 'alias=市政协', '--format', 'json']);
    expect(run.code).toBe(0);
    const matches = (JSON.parse(run.stdout) as Record<string, unknown>[]).map(({ name, province, city }) => ({ name, province, city }));
    expect(matches.sort((a, b) => String(a.name).localeCompare(String(b.name)))).toEqual([
      { name: '中国人民政治协商会议成都市委员会', province: '四川省', city: '成都市' },
      { name: '中国人民政治协商会议重庆市委员会', province: '重庆市', city: '重庆市' },
    ]);
    expect(await rows(driver, 'MATCH (p:Proposal {number: "0884"}) RETURN p.key AS key, p.title AS title ORDER BY key')).toEqual([
      { key: '成都市政协六届三次会议|提案|0884', title: '关于支持中小企业创新发展的提案' },
      { key: '重庆市政协六届三次会议|提案|0884', title: '关于加快科技成果转化的提案' },
    ]);
  });
});
