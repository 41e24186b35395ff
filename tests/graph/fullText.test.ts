import { describe, expect, it } from 'vitest';
import { buildLetterGraph, nodeKey } from '../../src/graph/build.js';
import { FullTextIndex, searchInput, sentenceSpans, tokenize } from '../../src/graph/fullText.js';
import { loadPalette } from '../../src/graph/palette.js';
import { goldRecords } from './goldRecords.js';

const graph = buildLetterGraph(goldRecords(), loadPalette());
const index = new FullTextIndex(searchInput(graph));
const FUND = nodeKey('Fund', '种子基金');
const L003 = 'Letter:11500000MB15895317/2024-00040';

describe('tokenize', () => {
  it('cuts Chinese into bigrams and keeps Latin and digit runs whole, after NFKC', () => {
    expect(tokenize('种子基金')).toEqual(['种子', '子基', '基金']);
    expect(tokenize('基')).toEqual(['基']);
    expect(tokenize('２.９８亿元 ABC')).toEqual(['2', '98', '亿元', 'abc']);
  });
});

describe('sentenceSpans', () => {
  it('splits at sentence ends and line breaks, leaving out white space', () => {
    const text = ' 第一句。第二句！\n  第三句';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['第一句。', '第二句！', '第三句']);
  });
});

describe('FullTextIndex', () => {
  it('puts the exact name first, then names containing the query', () => {
    const { hits } = index.search('种子基金');
    expect(hits[0]!.node).toBe(FUND);
    expect(hits.filter((h) => h.kind === 'name').map((h) => h.node)).toContain(nodeKey('Policy', '种子基金投资管理办法'));
  });

  it('finds entities by alias, and a single character by the words it starts', () => {
    const { hits } = index.search('市科技局');
    expect(hits[0]!.node).toBe(nodeKey('Agency', '重庆市科学技术局'));
    expect(hits[0]!.matched).toBe('市科技局');
    expect(index.search('种').hits.map((h) => h.node)).toContain(FUND);
  });

  it('finds letters by index number and proposal number', () => {
    expect(index.search('2024-00040').hits[0]!.node).toBe(L003);
    expect(index.search('0601').hits[0]!.node).toBe(L003);
  });

  it('finds a phrase of the letter text at its sentence, and not where only its bigrams occur', () => {
    const { hits } = index.search('种子基金规模3亿元以上');
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      expect(h.kind).toBe('text');
      const text = graph.getNodeAttribute(h.node, 'letter')!.text;
      expect(text.slice(h.start, h.end)).toBe(h.matched);
      expect(h.matched).toContain('种子基金规模3亿元以上');
    }
    expect(hits.map((h) => h.node)).toContain(L003);
    // 金基 is not in the letters although 金 and 基 are.
    expect(index.search('金基子种').total).toBe(0);
  });

  it('respects the visibility predicate, counts all hits and honours the limit', () => {
    expect(index.search('种子基金', (n) => n !== FUND).hits.map((h) => h.node)).not.toContain(FUND);
    const all = index.search('科技');
    const few = index.search('科技', () => true, 3);
    expect(few.hits).toEqual(all.hits.slice(0, 3));
    expect(few.total).toBe(all.total);
    expect(all.total).toBeGreaterThan(3);
    expect(index.search('  ').hits).toEqual([]);
  });

  it('indexes a sentence repeated across letters once and finds it in each of them', () => {
    const text = '开头一句。感谢你对科技工作的关心和支持。';
    const small = new FullTextIndex({
      nodes: ['Letter:a', 'Letter:b'].map((node) => ({ node, type: 'Letter' as const, label: node, names: [node], size: 1 })),
      letters: [{ node: 'Letter:a', text }, { node: 'Letter:b', text: `另一句。${text}` }],
    });
    const { hits } = small.search('关心和支持');
    expect(hits.map((h) => [h.node, h.start])).toEqual([['Letter:a', 5], ['Letter:b', 9]]);
  });
});
