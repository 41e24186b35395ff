// The query library on the five sample letters as the pipeline extracts them.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQuery, readQueryLibrary, resolveQuery } from '../../src/neo4j/cypherFiles.js';
import { loadRecords } from '../../src/neo4j/load.js';
import neo4j from 'neo4j-driver';
import { namesNotFound, queryParams, runReadQuery, WriteRefusedError } from '../../src/neo4j/query.js';
import { extractPaths } from '../../src/pipeline.js';
import type { LetterRecord } from '../../src/schema.js';
import { exclusiveDatabase, rows } from './db.js';

const ID = {
  '000': '11500000MB15895317/2025-00054',
  '001': '11500000MB15895317/2021-00319',
  '003': '11500000MB15895317/2024-00040',
  '004': '11500000MB15895317/2024-00079',
};

let driver: Driver;
let release: () => Promise<void>;
beforeAll(async () => {
  ({ driver, release } = await exclusiveDatabase());
  const records: LetterRecord[] = [];
  for await (const item of extractPaths(['examples/letters'])) if (item.ok) records.push(item.record);
  expect(records).toHaveLength(5);
  const result = await loadRecords(driver, records);
  expect(result.failed).toEqual([]);
}, 600_000);
afterAll(async () => release?.());

async function run(name: string, given: Record<string, unknown> = {}) {
  const query = await resolveQuery(name);
  return runReadQuery(driver, query, queryParams(query, given));
}

describe('library queries on the sample letters', () => {
  it('fund-letters: 种子基金 in letters 000, 003 and 004, with its sentences and the amounts they state', async () => {
    const { rows: found } = await run('fund-letters', { fund: '种子基金' });
    expect(found.map((r) => r.letter)).toEqual([ID['003'], ID['004'], ID['000']]); // by publication date
    const byLetter = new Map(found.map((r) => [r.letter, r]));
    // 003: "设立种子引导基金,累计支持项目821个、金额2.98亿元" and "种子基金规模3亿元以上".
    expect(byLetter.get(ID['003'])?.amounts).toEqual(expect.arrayContaining(['2.98亿元', '3亿元']));
    expect(byLetter.get(ID['003'])?.amountValues).toEqual(expect.arrayContaining([298_000_000, 300_000_000]));
    // 004: "推动种子基金累计公益参股支持科技企业821家、支持金额2.98亿元".
    expect(byLetter.get(ID['004'])?.amounts).toEqual(expect.arrayContaining(['2.98亿元']));
    // 000: "修订种子投资基金管理办法,…投资初创项目30个、金额2995万元".
    expect(byLetter.get(ID['000'])?.amountValues).toEqual(expect.arrayContaining([29_950_000]));
    for (const r of found) {
      expect((r.amounts as string[]).length).toBe((r.amountValues as number[]).length);
      for (const s of r.sentences as string[]) expect(s).toMatch(/种子/);
    }
  });

  it('fund-letters: an alias finds the same fund', async () => {
    const { rows: found } = await run('fund-letters', { fund: '种子投资基金' });
    expect(new Set(found.map((r) => r.fund))).toEqual(new Set(['种子基金']));
    expect(found).toHaveLength(3);
  });

  it('cohandling-network: the partners of 重庆市科学技术局 weighted by shared letters, found by its short name too', async () => {
    const { rows: partners } = await run('cohandling-network', { agency: '市科技局' });
    const weights = Object.fromEntries(partners.map((r) => [r.partner, r.letters]));
    expect(weights).toMatchObject({
      重庆市经济和信息化委员会: 4,
      重庆市教育委员会: 3,
      重庆市财政局: 3,
      重庆市人力资源和社会保障局: 3,
      中共重庆市委组织部: 2,
      重庆市国有资产监督管理委员会: 1,
    });
    expect(partners[0]).toMatchObject({ agency: '重庆市科学技术局', partner: '重庆市经济和信息化委员会', letters: 4 });
    expect(partners[0]?.letterIds).toEqual(expect.arrayContaining([ID['000'], ID['001'], ID['003'], ID['004']]));
  });

  it('cohandling-network: the whole network lists each pair once', async () => {
    const { rows: pairs } = await run('cohandling-network', { minLetters: 2 });
    const keys = pairs.map((r) => [r.agency, r.partner].sort().join('|'));
    expect(new Set(keys).size).toBe(keys.length);
    expect(pairs.every((r) => (r.letters as number) >= 2)).toBe(true);
    expect(keys).toContain(['重庆市科学技术局', '重庆市经济和信息化委员会'].sort().join('|'));
  });

  it('policy-agencies: who issued 重庆市技术经纪人职称申报条件, with the letter and its evidence', async () => {
    const { rows: links } = await run('policy-agencies', { policy: '技术经纪人职称' });
    const issued = links.filter((r) => r.link === 'ISSUED');
    expect(issued.map((r) => r.agency).sort()).toEqual(['重庆市人力资源和社会保障局', '重庆市科学技术局']);
    for (const r of issued) {
      expect(r.letterIds).toEqual([ID['003']]);
      expect((r.evidence as string[])[0]).toContain('重庆市技术经纪人职称申报条件');
    }
  });

  it('proposer-letters: 王普’s proposal 0884 and the letter answering it', async () => {
    const { rows: letters } = await run('proposer-letters', { proposer: '王普' });
    expect(letters).toEqual([
      expect.objectContaining({ proposer: '王普', role: '委员', kind: '提案', number: '0884', letter: ID['000'], replyingAgency: '重庆市科学技术局' }),
    ]);
  });

  it('neighbourhood: 种子基金’s letters', async () => {
    const { rows: around } = await run('neighbourhood', { name: '种子基金' });
    const mentions = around.filter((r) => r.relationship === 'MENTIONS');
    expect(mentions.map((r) => r.letter).sort()).toEqual([ID['000'], ID['003'], ID['004']].sort());
    expect(mentions.every((r) => r.direction === 'in' && r.neighbourLabel === 'Letter')).toBe(true);
  });

  it('shortest-path: 种子基金 to 重庆市教育委员会 through a letter both touch', async () => {
    const { rows: paths } = await run('shortest-path', { from: '种子基金', to: '重庆市教育委员会' });
    expect(paths).toHaveLength(1);
    expect(paths[0]?.hops).toBe(2);
    const [first, via, last] = paths[0]?.nodes as string[];
    expect([first, last]).toEqual(['Fund: 种子基金', 'Agency: 重庆市教育委员会']);
    expect(via).toMatch(/^Letter: /);
    expect((paths[0]?.relationships as string[])[0]).toBe('MENTIONS');
  });

  it('entities-by-year: 种子基金 leads the funds, in 2024 twice and 2025 once', async () => {
    const { rows: ranked } = await run('entities-by-year', { label: 'Fund', limit: 5 });
    expect(ranked.length).toBeLessThanOrEqual(5);
    expect(ranked[0]).toEqual({
      label: 'Fund',
      entity: '种子基金',
      letters: 3,
      byYear: [
        { year: '2024', letters: 2 },
        { year: '2025', letters: 1 },
      ],
    });
  });

  it('fund-letters: a goal (到2024年底…种子基金规模3亿元以上) is marked as a target, with the sentence stating it', async () => {
    const { rows: found } = await run('fund-letters', { fund: '种子基金' });
    const in003 = found.find((r) => r.letter === ID['003'])!;
    const at = (in003.amounts as string[]).indexOf('3亿元');
    expect((in003.amountTargets as boolean[])[at]).toBe(true);
    expect((in003.amountSentences as string[])[at]).toContain('种子基金规模3亿元以上');
    expect((in003.amountTargets as boolean[])[(in003.amounts as string[]).indexOf('2.98亿元')]).toBe(false);
    expect(in003.amountUnits).toHaveLength((in003.amounts as string[]).length);
  });

  it('search-letters: words of a letter’s text and of the proposal it answers', async () => {
    const { rows: byText } = await run('search-letters', { text: '"种子基金"' });
    expect(byText.map((r) => r.letter).sort()).toEqual([ID['000'], ID['003'], ID['004']].sort());
    expect(byText.every((r) => (r.matched as string[]).includes('letter'))).toBe(true);
    const { rows: byProposal } = await run('search-letters', { text: '"科技企业孵化体系"' });
    expect(byProposal[0]).toMatchObject({ letter: ID['004'], matched: expect.arrayContaining(['proposal']) });
  });

  it('search-entities: Chinese substrings of names and aliases', async () => {
    const { rows: funds } = await run('search-entities', { text: '种子' });
    expect(funds[0]).toMatchObject({ label: 'Fund', name: '种子基金', letters: 3 });
    const { rows: agencies } = await run('search-entities', { text: '"科技局"' });
    expect(agencies.map((r) => r.name)).toContain('重庆市科学技术局');
  });
});

/** Every operator of a profiled plan, with what it did. */
type Operator = { operatorType: string; rows: number; dbHits: number; children: Operator[] };
const operators = (op: Operator): Operator[] => [op, ...op.children.flatMap(operators)];
const SCANS = new Set(['NodeByLabelScan', 'AllNodesScan', 'UnionNodeByLabelsScan', 'IntersectionNodeByLabelsScan']);

describe('indexed lookups', () => {
  // Each query with the parameters that name where it starts; entities-by-year ranks all entities of a label.
  const STARTS: Record<string, Record<string, unknown>> = {
    'fund-letters': { fund: '种子基金' },
    neighbourhood: { name: '市科技局' },
    'shortest-path': { from: '种子基金', to: '重庆市教育委员会' },
    'cohandling-network': { agency: '市科技局' },
    'policy-agencies': { policy: '经纪人' },
    'proposer-letters': { proposer: '王普' },
    'search-entities': { text: '种子' },
    'search-letters': { text: '孵化' },
    'alias-matches': { alias: '市科技局' },
  };

  it('no library query scans a label or all nodes when a parameter names its start (PROFILE)', async () => {
    const library = await readQueryLibrary();
    expect(library.map((q) => q.name).filter((n) => !(n in STARTS)).sort()).toEqual(['entities-by-year']);
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      for (const [name, given] of Object.entries(STARTS)) {
        const query = await resolveQuery(name);
        const result = await session.run(`PROFILE ${query.cypher}`, queryParams(query, given));
        expect(result.records.length, name).toBeGreaterThan(0);
        const ran = operators(result.summary.profile as unknown as Operator).filter((op) => op.rows > 0 || op.dbHits > 0);
        expect(ran.map((op) => op.operatorType.split('@')[0]).filter((t) => SCANS.has(t!)), name).toEqual([]);
      }
    } finally {
      await session.close();
    }
  });

  it('tells a name that names nothing apart from a name with no answer', async () => {
    const fund = await resolveQuery('fund-letters');
    expect(await namesNotFound(driver, fund, queryParams(fund, { fund: '种子基' }))).toEqual(["no Fund named '种子基' (by name or alias)"]);
    // 重庆市科学技术局 exists, as an Agency: it is not a fund.
    expect(await namesNotFound(driver, fund, queryParams(fund, { fund: '重庆市科学技术局' }))).toEqual(["no Fund named '重庆市科学技术局' (by name or alias)"]);
    expect(await namesNotFound(driver, fund, queryParams(fund, { fund: '种子投资基金' }))).toEqual([]);
    const path = await resolveQuery('shortest-path');
    expect(await namesNotFound(driver, path, queryParams(path, { from: '种子基金', to: 'a"b\\c' }))).toEqual(["no entity named 'a\"b\\c' (by name or alias)"]);
  });
});

describe('read-only', () => {
  it('refuses a query that writes, and nothing is written', async () => {
    const write = parseQuery('set.cypher', '// Tries to write.\nMATCH (l:Letter) SET l.hacked = true RETURN count(l);');
    await expect(runReadQuery(driver, write, {})).rejects.toThrow(WriteRefusedError);
    await expect(runReadQuery(driver, write, {})).rejects.toThrow(/query set tries to write; lettergraph query only reads/);
    const schema = parseQuery('drop.cypher', '// Tries to change the schema.\nDROP CONSTRAINT letter_id;');
    await expect(runReadQuery(driver, schema, {})).rejects.toThrow(WriteRefusedError);
    expect(await rows(driver, 'MATCH (l:Letter) WHERE l.hacked RETURN l')).toEqual([]);
    expect(await rows(driver, "SHOW CONSTRAINTS YIELD name WHERE name = 'letter_id' RETURN name")).toHaveLength(1);
  });
});
