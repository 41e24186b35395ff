import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { buildLetterGraph, edgeKey, nodeKey } from '../../src/graph/build.js';
import { layoutGraph } from '../../src/graph/layout.js';
import { loadPalette } from '../../src/graph/palette.js';
import { toGexf } from '../../src/export/graphFiles.js';
import { listSentences } from '../../src/extract/sentences.js';
import type { LetterRecord } from '../../src/schema.js';
import { goldRecord, goldRecords } from './goldRecords.js';

const palette = loadPalette();
const build = (records: LetterRecord[]) => buildLetterGraph(records, palette);

// Letter ids (index numbers) of the samples, from the gold files.
const L000 = 'Letter:11500000MB15895317/2025-00054';
const L003 = 'Letter:11500000MB15895317/2024-00040';
const L004 = 'Letter:11500000MB15895317/2024-00079';

describe('buildLetterGraph on the sample letters', () => {
  const graph = build(goldRecords());
  const countOf = (type: string) => graph.filterNodes((_n, a) => a.type === type).length;

  it('has one node per letter and per proposal', () => {
    expect(countOf('Letter')).toBe(5);
    expect(countOf('Proposal')).toBe(5);
  });

  it('merges an entity named in several letters into one node', () => {
    const fund = nodeKey('Fund', '种子基金');
    expect(graph.getNodeAttribute(fund, 'label')).toBe('种子基金');
    expect(graph.getNodeAttribute(fund, 'aliases')).toContain('种子投资基金');
    expect(graph.inNeighbors(fund).sort()).toEqual([L000, L003, L004].sort());
    expect(graph.getNodeAttribute(fund, 'color')).toBe(palette.nodes.Fund);
  });

  it('keeps each mention sentence as evidence with the mention inside it', () => {
    const edge = graph.getEdgeAttributes(edgeKey('MENTIONS', L003, nodeKey('Fund', '种子基金')));
    expect(edge.weight).toBe(edge.evidence.length);
    expect(edge.evidence.length).toBeGreaterThanOrEqual(4);
    const text = graph.getNodeAttribute(L003, 'letter')!.text;
    for (const ev of edge.evidence) {
      expect(ev.letterId).toBe('11500000MB15895317/2024-00040');
      expect(text.slice(ev.start, ev.end)).toBe(ev.text);
      expect(ev.mention!.start).toBeGreaterThanOrEqual(ev.start);
      expect(ev.mention!.end).toBeLessThanOrEqual(ev.end);
      const fund = graph.getNodeAttributes(nodeKey('Fund', '种子基金'));
      expect([fund.label, ...fund.aliases]).toContain(text.slice(ev.mention!.start, ev.mention!.end));
    }
    expect(edge.evidence.some((ev) => ev.text.includes('种子基金规模3亿元以上'))).toBe(true);
  });

  it('stores letter metadata and full text on letter nodes', () => {
    const a = graph.getNodeAttributes(L003);
    expect(a.type).toBe('Letter');
    expect(a.letter!.kind).toBe('建议');
    expect(a.letter!.proposal!.number).toBe('0601');
    expect(a.letter!.proposer).toEqual({ name: '杨飞云', role: '代表' });
    expect(a.letter!.sources).toEqual(['examples/letters/003_d4bab2a74ced1df3.txt']);
    expect(a.letter!.text).toContain('种子基金');
    expect(a.label).toBe('重庆市科技局 2024 建议0601');
    // Every text mention points at a node that exists and covers that node's name or an alias.
    for (const m of a.letter!.mentions) {
      const node = graph.getNodeAttributes(m.node);
      expect([node.label, ...node.aliases]).toContain(a.letter!.text.slice(m.start, m.end));
    }
  });

  it('links letters to the replying agency, co-handlers, proposal, proposer and signer', () => {
    const agency = nodeKey('Agency', '重庆市科学技术局');
    expect(graph.hasEdge(edgeKey('ISSUED_BY', L003, agency))).toBe(true);
    expect(graph.getNodeAttribute(agency, 'aliases')).toContain('市科技局');
    expect(graph.hasEdge(edgeKey('CO_HANDLED', nodeKey('Agency', '重庆市教育委员会'), L003))).toBe(true);
    const proposal = nodeKey('Proposal', '市六届人大二次会议|建议|0601');
    expect(graph.hasEdge(edgeKey('REPLIES_TO', L003, proposal))).toBe(true);
    expect(graph.hasEdge(edgeKey('PROPOSED', nodeKey('Person', '杨飞云'), proposal))).toBe(true);
    expect(graph.hasEdge(edgeKey('SIGNED', nodeKey('Person', '明炬'), L003))).toBe(true);
  });

  it('turns stated relations into edges carrying their sentence', () => {
    const issued = graph.getEdgeAttributes(
      edgeKey('ISSUED', nodeKey('Agency', '重庆市人力资源和社会保障局'), nodeKey('Policy', '重庆市技术经纪人职称申报条件')),
    );
    expect(issued.evidence).toHaveLength(1);
    expect(issued.evidence[0]!.text).toContain('出台《重庆市技术经纪人职称申报条件》');
  });

  it('sizes nodes by degree', () => {
    const sizeOf = (n: string) => graph.getNodeAttribute(n, 'size');
    const hub = nodeKey('Agency', '重庆市科学技术局');
    const leaf = graph.findNode((n) => graph.degree(n) === 1)!;
    expect(sizeOf(hub)).toBeGreaterThan(sizeOf(leaf));
  });

  it('dates letters by their signature and records the range', () => {
    expect(graph.getNodeAttribute(L003, 'letter')!.date).toBe('2024-04-14');
    expect(graph.getAttribute('dateRange')).toEqual(['2021-11-16', '2025-04-24']);
  });
});

describe('duplicate letters', () => {
  it('become one node that keeps every source path, without doubling weights', () => {
    const original = goldRecord('003_d4bab2a74ced1df3');
    const copy = { ...goldRecord('003_d4bab2a74ced1df3'), source: 'mirror/003-copy.txt' };
    const single = build([original]);
    const doubled = build([original, copy]);
    expect(doubled.order).toBe(single.order);
    expect(doubled.size).toBe(single.size);
    expect(doubled.getNodeAttribute(L003, 'letter')!.sources).toEqual([original.source, 'mirror/003-copy.txt']);
    const fundEdge = edgeKey('MENTIONS', L003, nodeKey('Fund', '种子基金'));
    expect(doubled.getEdgeAttribute(fundEdge, 'weight')).toBe(single.getEdgeAttribute(fundEdge, 'weight'));
  });
});

describe('co-mention edges', () => {
  // Two small letters in the genre's phrasing: the agency and the policy share two sentences
  // in the first and one in the second.
  function letter(id: string, text: string, agencySpans: number[], policySpans: number[]): LetterRecord {
    const sentenceOf = (at: number) => {
      const start = text.lastIndexOf('。', at - 1) + 1;
      const end = text.indexOf('。', at) + 1;
      return { start, end, text: text.slice(start, end) };
    };
    const mention = (name: string) => (at: number) => ({ start: at, end: at + name.length, text: name, sentence: sentenceOf(at), amounts: [] });
    return {
      source: `${id}.txt`,
      id,
      text,
      encoding: 'utf-8',
      ingest: { format: 'txt', pages: null, ocr: null },
      letter: { indexNumber: id, docNumber: null, title: null, genre: null, topics: [], publisher: null, writtenDate: null, publishedDate: null, signedDate: null },
      proposal: null,
      otherProposals: [],
      proposer: null,
      replyingAgency: null,
      coHandlers: [],
      signer: null,
      contact: null,
      ...listSentences(
        [
          { type: 'Agency', name: '重庆市科学技术局', aliases: ['市科技局'], mentions: agencySpans.map(mention('市科技局')) },
          { type: 'Policy', name: '重庆市科技企业孵化器认定和管理办法', aliases: [], mentions: policySpans.map(mention('重庆市科技企业孵化器认定和管理办法')) },
        ],
        [],
      ),
    };
  }
  const a = '市科技局出台《重庆市科技企业孵化器认定和管理办法》。市科技局修订《重庆市科技企业孵化器认定和管理办法》。';
  const b = '市科技局将落实《重庆市科技企业孵化器认定和管理办法》。';
  const graph = build([letter('A', a, [0, 27], [7, 34]), letter('B', b, [0], [8])]);

  it('weights the agency–policy link by sentences across letters and keeps them', () => {
    const edge = graph.getEdgeAttributes(
      edgeKey('CO_MENTIONED', nodeKey('Agency', '重庆市科学技术局'), nodeKey('Policy', '重庆市科技企业孵化器认定和管理办法')),
    );
    expect(edge.weight).toBe(3);
    expect(edge.evidence.map((e) => e.letterId)).toEqual(['A', 'A', 'B']);
    expect(edge.evidence[2]!.text).toBe(b);
  });
});

describe('layout', () => {
  it('is deterministic and spreads the nodes', () => {
    const g1 = build(goldRecords());
    const g2 = build(goldRecords());
    layoutGraph(g1);
    layoutGraph(g2);
    const pos = (g: typeof g1) => g.mapNodes((n, a) => [n, a.x, a.y]);
    expect(pos(g1)).toEqual(pos(g2));
    const xs = new Set(g1.mapNodes((_n, a) => a.x));
    expect(xs.size).toBeGreaterThan(g1.order / 2);
    g1.forEachNode((_n, a) => expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true));
  });
});

describe('policy–agency layout', () => {
  it('places exactly the agencies and policies that ISSUED or co-mention links join, apart from the main layout', () => {
    const g = build(goldRecords());
    layoutGraph(g);
    const linked = new Set<string>();
    g.forEachEdge((_e, a, s, t) => {
      if (a.type === 'ISSUED' || a.type === 'CO_MENTIONED') linked.add(s).add(t);
    });
    expect(linked.size).toBeGreaterThan(5);
    g.forEachNode((n, a) => expect(a.px !== undefined, n).toBe(linked.has(n)));
    const placed = [...linked].map((n) => g.getNodeAttributes(n));
    expect(placed.some((a) => a.px !== a.x || a.py !== a.y)).toBe(true);
    expect(new Set(placed.map((a) => `${a.px},${a.py}`)).size).toBe(placed.length);
  });
});

describe('GEXF output', () => {
  it('parses back with the same nodes, labels and types', () => {
    const graph = build(goldRecords());
    layoutGraph(graph);
    const back = parseGexf(MultiDirectedGraph, toGexf(graph));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    const fund = nodeKey('Fund', '种子基金');
    expect(back.getNodeAttribute(fund, 'label')).toBe('种子基金');
    expect(back.getNodeAttribute(fund, 'type')).toBe('Fund');
    expect(back.getNodeAttribute(L003, 'date')).toBe('2024-04-14');
    expect(back.getNodeAttribute(L003, 'kind')).toBe('建议');
  });
});
