// The loader against the real server, on records made from the gold files
// (known entities whatever state the extractor is in).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRecords } from '../../src/neo4j/load.js';
import type { LetterRecord } from '../../src/schema.js';
import { goldRecord, goldRecords } from '../graph/goldRecords.js';
import { exclusiveDatabase, graphSize, rows, wipe } from './db.js';

const ID = {
  '000': '11500000MB15895317/2025-00054',
  '001': '11500000MB15895317/2021-00319',
  '002': '1150010700927688XM/2023-01369',
  '003': '11500000MB15895317/2024-00040',
  '004': '11500000MB15895317/2024-00079',
};
const L003 = '003_d4bab2a74ced1df3';

let driver: Driver;
let release: () => Promise<void>;
beforeAll(async () => {
  ({ driver, release } = await exclusiveDatabase());
}, 600_000);
afterAll(async () => release?.());

/** A record of 003 with one entity left out, as a re-extraction that no longer finds it would give. */
function without003(...names: string[]): LetterRecord {
  const record = goldRecord(L003);
  return { ...record, entities: record.entities.filter((e) => !names.includes(e.name)) };
}

describe('loading the five sample letters', () => {
  beforeAll(async () => {
    await wipe(driver);
    await loadRecords(driver, goldRecords(), { batchSize: 2 });
  });

  it('creates one Letter per letter, keyed by index number, with its text, sources and metadata', async () => {
    const letters = await rows(driver, 'MATCH (l:Letter) RETURN l.id AS id, COLLECT { MATCH (s:Source)-[:OF]->(l) RETURN s.path ORDER BY s.path } AS sources, l.text AS text, l.proposalKind AS kind, l.proposer AS proposer, l.publishedDate AS published, valueType(l.publishedDate) AS type ORDER BY id');
    expect(letters.map((l) => l.id)).toEqual(Object.values(ID).sort());
    const l000 = letters.find((l) => l.id === ID['000']);
    expect(l000).toMatchObject({ sources: [resolve('examples/letters/000_3c3f08b36a879318.txt')], kind: '提案', proposer: '王普' });
    expect(l000?.text).toBe(readFileSync('examples/letters/000_3c3f08b36a879318.txt', 'utf8'));
    // Dates are Cypher Dates: they compare and sort as dates, and print as YYYY-MM-DD.
    expect(l000).toMatchObject({ published: '2025-05-23', type: 'DATE NOT NULL' });
  });

  it('links 种子基金 to letters 000, 003 and 004 with the sentences that name it, as spans of the letter text (one hop)', async () => {
    const found = await rows(
      driver,
      `MATCH (l:Letter)-[m:MENTIONS]->(:Fund {name: "种子基金"})
       RETURN l.id AS id, [m.count, m.forms, m.sentences] AS stored,
              [i IN range(0, size(m.spans) - 2, 2) | substring(l.text, m.spans[i], m.spans[i + 1] - m.spans[i])] AS forms,
              [i IN range(0, size(m.sentenceSpans) - 2, 2) | substring(l.text, m.sentenceSpans[i], m.sentenceSpans[i + 1] - m.sentenceSpans[i])] AS sentences
       ORDER BY id`,
    );
    // Nothing the text holds is repeated on the edges: no sentence, no form as written, no count of them.
    for (const r of found) expect(r.stored).toEqual([null, null, null]);
    expect(found.map((r) => r.id)).toEqual([ID['003'], ID['004'], ID['000']].sort());
    const in003 = found.find((r) => r.id === ID['003']);
    // The forms as written, in text order: the alias it is first called, then the name, six mentions in all.
    expect(in003?.forms).toHaveLength(6);
    expect([...new Set(in003?.forms as string[])]).toEqual(['种子引导基金', '种子基金']);
    expect(in003?.sentences).toContain('三是调整种子基金运营管理模式。');
    for (const r of found) for (const s of r.sentences as string[]) expect(s).toMatch(/种子/);
  });

  it('stores the aliases each letter gives, as one list on the entity', async () => {
    const [fund] = await rows(driver, 'MATCH (f:Fund {name: "种子基金"}) RETURN f.aliases AS aliases');
    expect(fund?.aliases).toEqual(['种子引导基金', '种子投资基金', '重庆市种子基金']);
  });

  it('records the co-handling agencies of 重庆市科学技术局’s letters', async () => {
    const partners = await rows(
      driver,
      `MATCH (:Agency {name: '重庆市科学技术局'})<-[:ISSUED_BY]-(l:Letter)-[:CO_HANDLED]->(a:Agency)
       RETURN a.name AS agency, count(l) AS letters ORDER BY letters DESC, agency`,
    );
    expect(partners.slice(0, 5)).toEqual([
      { agency: '重庆市经济和信息化委员会', letters: 4 },
      { agency: '重庆市人力资源和社会保障局', letters: 3 },
      { agency: '重庆市教育委员会', letters: 3 },
      { agency: '重庆市财政局', letters: 3 },
      { agency: '中共重庆市委组织部', letters: 2 },
    ]);
    expect(partners).toHaveLength(10);
  });

  it('stores ISSUED with its evidence and letter, and the co-mentions the viewer shows', async () => {
    const issued = await rows(
      driver,
      `MATCH (a:Agency)-[r:ISSUED]->(p:Policy {name: '重庆市技术经纪人职称申报条件'})
       MATCH (l:Letter {id: r.letterId})
       RETURN a.name AS agency, r.letterId AS letter, [substring(l.text, r.spans[0], r.spans[1] - r.spans[0])] AS evidence ORDER BY agency`,
    );
    expect(issued.map((r) => r.agency)).toEqual(['重庆市人力资源和社会保障局', '重庆市科学技术局']);
    for (const r of issued) {
      expect(r.letter).toBe(ID['003']);
      expect((r.evidence as string[])[0]).toContain('重庆市技术经纪人职称申报条件');
    }
    const [co] = await rows(driver, 'MATCH ()-[r:CO_MENTIONED]->() RETURN count(r) AS n, sum(size(r.spans) / 2) AS sentences');
    expect(co?.n).toBeGreaterThan(0);
  });

  it('links proposers to proposals and signers to letters', async () => {
    const [p] = await rows(
      driver,
      `MATCH (:Person {name: '王普'})-[r:PROPOSED]->(x:Proposal)<-[:REPLIES_TO]-(l:Letter)
       RETURN x.number AS number, x.session AS session, r.role AS role, l.id AS letter`,
    );
    expect(p).toEqual({ number: '0884', session: '市政协六届三次会议', role: '委员', letter: ID['000'] });
    const signed = await rows(driver, `MATCH (:Person {name: '明炬'})-[:SIGNED]->(l:Letter) RETURN l.id AS id ORDER BY id`);
    expect(signed.map((s) => s.id)).toEqual([ID['000'], ID['003'], ID['004']].sort());
  });

  it('finds entities by Chinese substrings of names and aliases (cjk full-text index)', async () => {
    const byAlias = await rows(driver, `CALL db.index.fulltext.queryNodes('entityNames', '"科技局"') YIELD node RETURN node.name AS name`);
    expect(byAlias.map((r) => r.name)).toContain('重庆市科学技术局');
    const byName = await rows(driver, `CALL db.index.fulltext.queryNodes('entityNames', '"种子基金"') YIELD node RETURN node.name AS name`);
    expect(byName[0]?.name).toBe('种子基金');
  });
});

describe('reloading', () => {
  beforeAll(async () => {
    await wipe(driver);
  });

  it('is idempotent: the same letters twice leave the same graph, the second time writing nothing', async () => {
    const first = await loadRecords(driver, goldRecords());
    const before = await graphSize(driver);
    const second = await loadRecords(driver, goldRecords());
    expect(await graphSize(driver)).toEqual(before);
    expect(first.lettersCreated).toBe(5);
    expect(before.relationships).toBe(first.relationshipsCreated);
    // Unchanged letters (same record hash, same sources) are skipped.
    expect(second).toMatchObject({ letters: 5, lettersCreated: 0, lettersSkipped: 5, nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 });
  });

  it('replaces a changed letter’s edges and drops an alias only it gave', async () => {
    const before = await graphSize(driver);
    const result = await loadRecords(driver, [without003('种子基金')]);
    expect(result.failed).toEqual([]);
    const funds = await rows(driver, 'MATCH (l:Letter)-[:MENTIONS]->(:Fund {name: "种子基金"}) RETURN l.id AS id ORDER BY id');
    expect(funds.map((r) => r.id)).toEqual([ID['000'], ID['004']].sort());
    const [fund] = await rows(driver, 'MATCH (f:Fund {name: "种子基金"}) RETURN f.aliases AS aliases');
    expect(fund?.aliases).toEqual(['种子投资基金', '重庆市种子基金']);
    expect(await graphSize(driver)).toEqual({ nodes: before.nodes, relationships: before.relationships - 1 });
  });

  it('removes an entity no letter mentions any more', async () => {
    const only003 = '知识价值信用贷款风险补偿基金';
    expect(await rows(driver, 'MATCH (f:Fund {name: $n}) RETURN f.name AS n', { n: only003 })).toHaveLength(1);
    const result = await loadRecords(driver, [without003('种子基金', only003)]);
    expect(result.orphansDeleted).toBe(1);
    expect(await rows(driver, 'MATCH (f:Fund {name: $n}) RETURN f.name AS n', { n: only003 })).toHaveLength(0);
  });

  it('keeps one Letter for one letter read from two paths, with both sources', async () => {
    const copy = { ...goldRecord(L003), source: '/tmp/elsewhere/003-copy.txt' };
    await loadRecords(driver, [goldRecord(L003), copy]);
    const [l] = await rows(driver, 'MATCH (l:Letter {id: $id}) RETURN COLLECT { MATCH (s:Source)-[:OF]->(l) RETURN s.path ORDER BY s.path } AS sources', { id: ID['003'] });
    // ORDER BY s.path: where the clone lives decides which path sorts first.
    expect(l?.sources).toEqual(['/tmp/elsewhere/003-copy.txt', resolve('examples/letters/003_d4bab2a74ced1df3.txt')].sort());
    expect(await rows(driver, 'MATCH (l:Letter) RETURN l.id')).toHaveLength(5);
  });

  it('moves a file whose content (and hash id) changed to its new Letter, deleting the old one and its orphans', async () => {
    await wipe(driver);
    const old = { ...goldRecord(L003), id: 'hash-old', source: '/tmp/moved/letter.txt' };
    const renewed = { ...without003('知识价值信用贷款风险补偿基金'), id: 'hash-new', source: '/tmp/moved/letter.txt' };
    await loadRecords(driver, [old]);
    await loadRecords(driver, [renewed]);
    expect((await rows(driver, 'MATCH (l:Letter) RETURN l.id AS id')).map((r) => r.id)).toEqual(['hash-new']);
    expect(await rows(driver, 'MATCH (f:Fund {name: "知识价值信用贷款风险补偿基金"}) RETURN f')).toHaveLength(0);
    expect(await rows(driver, 'MATCH ()-[r]->() WHERE r.letterId = "hash-old" RETURN r')).toHaveLength(0);
  });

  it('follows two files that swapped contents (and so hash ids)', async () => {
    await wipe(driver);
    const a = (id: string) => ({ ...goldRecord(L003), id, source: '/tmp/swap/a.txt' });
    const b = (id: string) => ({ ...goldRecord('004_81af6d2964a35163'), id, source: '/tmp/swap/b.txt' });
    await loadRecords(driver, [a('hash-x'), b('hash-y')]);
    await loadRecords(driver, [a('hash-y'), b('hash-x')]);
    const letters = await rows(driver, 'MATCH (l:Letter) RETURN l.id AS id, COLLECT { MATCH (s:Source)-[:OF]->(l) RETURN s.path ORDER BY s.path } AS sources ORDER BY id');
    expect(letters).toEqual([
      { id: 'hash-x', sources: ['/tmp/swap/b.txt'] },
      { id: 'hash-y', sources: ['/tmp/swap/a.txt'] },
    ]);
  });

  it('reports a letter the database refuses and writes the others of its batch', async () => {
    await wipe(driver);
    // A name beyond the index key limit makes the uniqueness constraint refuse the node.
    const bad = { ...goldRecord('002_3959abebc187bf41'), replyingAgency: '局'.repeat(40_000) };
    const result = await loadRecords(driver, [goldRecord(L003), bad, goldRecord('004_81af6d2964a35163')], { batchSize: 10 });
    expect(result.failed.map((f) => f.id)).toEqual([ID['002']]);
    expect(result.failed[0]?.error.length).toBeGreaterThan(0);
    expect((await rows(driver, 'MATCH (l:Letter) RETURN l.id AS id ORDER BY id')).map((r) => r.id)).toEqual([ID['003'], ID['004']]);
  });
});
