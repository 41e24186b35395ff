// One node per real-world thing, on letters written for the test in the genre: proposals scoped by
// the body that raised them, forms of one name folded across letters, renamed bodies linked and not
// merged, each node placed in its jurisdiction.
import { describe, expect, it } from 'vitest';
import { buildLetterGraph, edgeKey, nodeKey } from '../../src/graph/build.js';
import { loadPalette } from '../../src/graph/palette.js';
import { corpusFolds } from '../../src/identity/fold.js';
import { applyRenames } from '../../src/identity/renames.js';
import { renamedPairs } from '../../src/identity/successions.js';
import { proposalKeyOf, type LetterRecord } from '../../src/schema.js';
import { BISHAN, CHENGDU, CHONGQING, JIANGBEI, extractWritten } from './letters.js';

const chongqing = extractWritten('cq.txt', CHONGQING);
const chengdu = extractWritten('cd.txt', CHENGDU);
const bishan = extractWritten('bs.txt', BISHAN);
const jiangbei = extractWritten('jb.txt', JIANGBEI);

function resolved(records: LetterRecord[]): LetterRecord[] {
  const folds = corpusFolds(records);
  return records.map((r) => applyRenames(r, folds));
}

describe('proposals scoped by jurisdiction', () => {
  it('writes the relative session out in full from the letter’s place', () => {
    expect(chongqing.proposal?.scope).toBe('重庆市政协六届三次会议');
    expect(chengdu.proposal?.scope).toBe('成都市政协六届三次会议');
  });

  it('scopes a proposal without a session by the replying body and year', () => {
    expect(bishan.proposal?.scope).toBe('重庆市璧山区科学技术局（2024年）');
    expect(proposalKeyOf(bishan.proposal!)).not.toBe(proposalKeyOf(jiangbei.proposal!));
  });

  it('gives two cities’ 市政协六届三次会议第0884号提案 two Proposal nodes, each keeping its own title', () => {
    const graph = buildLetterGraph([chongqing, chengdu, bishan, jiangbei], loadPalette());
    const proposals = graph.filterNodes((_n, a) => a.type === 'Proposal');
    expect(proposals).toHaveLength(4);
    const titled = (key: string) => graph.getNodeAttribute(nodeKey('Proposal', key), 'aliases');
    expect(titled('重庆市政协六届三次会议|提案|0884')).toEqual(['关于加快科技成果转化的提案']);
    expect(titled('成都市政协六届三次会议|提案|0884')).toEqual(['关于支持中小企业创新发展的提案']);
    expect(graph.getNodeAttribute(nodeKey('Proposal', '成都市政协六届三次会议|提案|0884'), 'jurisdiction')).toEqual({ province: '四川省', city: '成都市', county: null });
  });
});

describe('forms of one name folded across letters', () => {
  it('folds 重庆X into 重庆市X when the corpus writes both, keeping the short form as an alias', () => {
    const folds = corpusFolds([chongqing, bishan]);
    expect(folds.get('Fund\u0000重庆科技成果转化股权投资基金')).toBe('重庆市科技成果转化股权投资基金');
    const graph = buildLetterGraph(resolved([chongqing, bishan]), loadPalette());
    const fund = nodeKey('Fund', '重庆市科技成果转化股权投资基金');
    expect(graph.hasNode(nodeKey('Fund', '重庆科技成果转化股权投资基金'))).toBe(false);
    expect(graph.getNodeAttribute(fund, 'aliases')).toContain('重庆科技成果转化股权投资基金');
    expect(graph.inNeighbors(fund).filter((n) => n.startsWith('Letter:'))).toHaveLength(2);
    // 我局设立…基金 in the Chongqing letter: the replying body manages it.
    expect(graph.inNeighbors(fund)).toContain(nodeKey('Agency', '重庆市科学技术局'));
  });

  it('leaves 重庆X alone when nothing in the corpus writes 重庆市X', () => {
    expect(corpusFolds([bishan]).size).toBe(0);
  });

  it('folds a policy title into the one that adds a year range or document number, not into two', () => {
    const policy = (name: string) => ({ ...bishan, entities: [{ type: 'Policy' as const, name, aliases: [], mentions: [] }] });
    const one = corpusFolds([policy('重庆市科技创新发展规划'), policy('重庆市科技创新发展规划（2021—2025年）'), policy('重庆市科技金融管理办法'), policy('重庆市科技金融管理办法（渝科发〔2020〕12号）')]);
    expect(one.get('Policy\u0000重庆市科技创新发展规划')).toBe('重庆市科技创新发展规划（2021—2025年）');
    expect(one.get('Policy\u0000重庆市科技金融管理办法')).toBe('重庆市科技金融管理办法（渝科发〔2020〕12号）');
    const two = corpusFolds([policy('重庆市科技创新发展规划'), policy('重庆市科技创新发展规划（2016—2020年）'), policy('重庆市科技创新发展规划（2021—2025年）')]);
    expect(two.size).toBe(0);
  });
});

describe('bodies renamed by the 2018–2019 reform', () => {
  it('links the old and the new body of one place, never two places', () => {
    expect(renamedPairs(['重庆市科学技术委员会', '重庆市科学技术局', '成都市科学技术局', '四川省农业厅', '四川省农业农村厅'])).toEqual([
      { from: '重庆市科学技术委员会', to: '重庆市科学技术局', reform: '2018–2019' },
      { from: '四川省农业厅', to: '四川省农业农村厅', reform: '2018–2019' },
    ]);
  });

  it('gives the graph a RENAMED_TO edge between two nodes', () => {
    const graph = buildLetterGraph([chongqing, bishan], loadPalette());
    const old = nodeKey('Agency', '重庆市科学技术委员会');
    const now = nodeKey('Agency', '重庆市科学技术局');
    expect(graph.hasNode(old) && graph.hasNode(now)).toBe(true);
    expect(graph.getEdgeAttribute(edgeKey('RENAMED_TO', old, now), 'type')).toBe('RENAMED_TO');
  });
});

describe('each node placed in its jurisdiction', () => {
  it('reads places from the name, else from the letters naming it', () => {
    const graph = buildLetterGraph([chongqing, chengdu], loadPalette());
    expect(graph.getNodeAttribute(nodeKey('Agency', '成都市农业农村局'), 'jurisdiction')).toEqual({ province: '四川省', city: '成都市', county: null });
    expect(graph.getNodeAttribute(nodeKey('Person', '张明'), 'jurisdiction')).toBeUndefined();
  });
});
