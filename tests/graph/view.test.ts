import { describe, expect, it } from 'vitest';
import { buildLetterGraph, nodeKey } from '../../src/graph/build.js';
import { segmentText } from '../../src/graph/highlight.js';
import { loadPalette } from '../../src/graph/palette.js';
import { NO_FILTER, edgeLetters, visibleElements, type ViewFilter } from '../../src/graph/view.js';
import { goldRecords } from './goldRecords.js';

const graph = buildLetterGraph(goldRecords(), loadPalette());
const lettersOf = edgeLetters(graph);
const show = (f: Partial<ViewFilter>) => visibleElements(graph, () => lettersOf, { ...NO_FILTER, ...f });
const FUND = nodeKey('Fund', '种子基金');
const L003 = 'Letter:11500000MB15895317/2024-00040';
const L001 = 'Letter:11500000MB15895317/2021-00319';

describe('visibleElements', () => {
  it('shows every node and all but co-mention edges without filters', () => {
    const v = show({});
    expect(v.nodes.size).toBe(graph.order);
    const coMentions = graph.filterEdges((_e, a) => a.type === 'CO_MENTIONED').length;
    expect(coMentions).toBeGreaterThan(0);
    expect(v.edges.size).toBe(graph.size - coMentions);
  });

  it('gives the same view without filters as with a date range that holds every letter', () => {
    const all = show({});
    const wide = show({ from: '1900-01-01', to: '2999-12-31' });
    expect([...wide.nodes].sort()).toEqual([...all.nodes].sort());
    expect([...wide.edges].sort()).toEqual([...all.edges].sort());
  });

  it('hides a toggled-off type and its edges but keeps entities when letters are hidden', () => {
    const noFunds = show({ hiddenTypes: new Set(['Fund']) });
    expect([...noFunds.nodes].some((n) => graph.getNodeAttribute(n, 'type') === 'Fund')).toBe(false);
    expect([...noFunds.edges].some((e) => graph.target(e) === FUND)).toBe(false);
    const noLetters = show({ hiddenTypes: new Set(['Letter']) });
    expect(noLetters.nodes.has(FUND)).toBe(true);
    expect(noLetters.nodes.has(L003)).toBe(false);
  });

  it('filters letters by date and kind, and entities follow their letters', () => {
    // 建议: only sample 003 (signed 2024-04-14); 种子基金 is in it.
    const suggestions = show({ kind: '建议' });
    const letters = [...suggestions.nodes].filter((n) => graph.getNodeAttribute(n, 'type') === 'Letter');
    expect(letters).toEqual([L003]);
    expect(suggestions.nodes.has(FUND)).toBe(true);
    // 2021 only: sample 001, which does not mention 种子基金.
    const y2021 = show({ from: '2021-01-01', to: '2021-12-31' });
    expect([...y2021.nodes].filter((n) => graph.getNodeAttribute(n, 'type') === 'Letter')).toEqual([L001]);
    expect(y2021.nodes.has(FUND)).toBe(false);
  });

  it('policy view keeps only agencies and policies linked by ISSUED and co-mention', () => {
    const v = show({ policyView: true });
    for (const n of v.nodes) expect(['Agency', 'Policy']).toContain(graph.getNodeAttribute(n, 'type'));
    for (const e of v.edges) expect(['ISSUED', 'CO_MENTIONED']).toContain(graph.getEdgeAttribute(e, 'type'));
    expect(v.edges.size).toBe(graph.filterEdges((_e, a) => a.type === 'ISSUED' || a.type === 'CO_MENTIONED').length);
  });
});

describe('visibleElements: bodies, provinces, sessions, undated letters, neighbourhoods', () => {
  const letters = (v: { nodes: Set<string> }) => [...v.nodes].filter((n) => graph.getNodeAttribute(n, 'type') === 'Letter').sort();

  it('filters by replying body, province and session', () => {
    // Sample 002 is the only one the 重庆高新区科技创新局 answered.
    const L002 = 'Letter:1150010700927688XM/2023-01369';
    expect(letters(show({ body: '重庆高新区科技创新局' }))).toEqual([L002]);
    expect(graph.getNodeAttribute(L002, 'letter')!.province).toBe('重庆市');
    expect(letters(show({ province: '重庆市' })).length).toBe(5);
    expect(letters(show({ province: '四川省' }))).toEqual([]);
    expect(letters(show({ session: '市六届人大二次会议' }))).toEqual([L003]);
  });

  it('keeps undated letters under a date filter only when asked', () => {
    const undated = buildLetterGraph(
      goldRecords().map((r, i) => (i === 0 ? { ...r, letter: { ...r.letter, signedDate: null, writtenDate: null, publishedDate: null } } : r)),
      loadPalette(),
    );
    const id = `Letter:${goldRecords()[0]!.id}`;
    const wide = { ...NO_FILTER, from: '1900-01-01', to: '2999-12-31' };
    const lettersOfUndated = edgeLetters(undated);
    expect(visibleElements(undated, () => lettersOfUndated, wide).nodes.has(id)).toBe(false);
    expect(visibleElements(undated, () => lettersOfUndated, { ...wide, undated: true }).nodes.has(id)).toBe(true);
  });

  it('restricts the view to a node and what lies within one or two links of it', () => {
    const one = show({ around: { node: FUND, hops: 1 } });
    expect([...one.nodes].sort()).toEqual([FUND, ...graph.neighbors(FUND)].filter((n) => show({}).nodes.has(n)).sort());
    for (const e of one.edges) expect(one.nodes.has(graph.source(e)) && one.nodes.has(graph.target(e))).toBe(true);
    const two = show({ around: { node: FUND, hops: 2 } });
    expect(two.nodes.size).toBeGreaterThan(one.nodes.size);
    for (const n of one.nodes) expect(two.nodes.has(n)).toBe(true);
    // 2 hops from the fund: its letters' other entities, e.g. the replying agency.
    expect(two.nodes.has('Agency:重庆市科学技术局')).toBe(true);
  });
});

describe('segmentText', () => {
  it('splits a sentence into plain and marked runs using letter offsets', () => {
    const segs = segmentText('设立种子引导基金,累计支持项目821个', 100, [{ start: 102, end: 108, node: 'Fund:x' }]);
    expect(segs.map((s) => [s.text, s.mark?.node ?? null])).toEqual([
      ['设立', null],
      ['种子引导基金', 'Fund:x'],
      [',累计支持项目821个', null],
    ]);
  });

  it('keeps the first of overlapping marks and clips marks at the edges', () => {
    const segs = segmentText('abcdef', 0, [
      { start: 1, end: 4 },
      { start: 2, end: 5 },
      { start: 5, end: 9 },
    ]);
    expect(segs.map((s) => [s.text, !!s.mark])).toEqual([
      ['a', false],
      ['bcd', true],
      ['e', false],
      ['f', true],
    ]);
  });
});
