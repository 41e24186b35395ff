import { resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { sentenceCoMentions } from '../../src/graph/comention.js';
import { proposalKeyOf } from '../../src/schema.js';
import { letterGraph } from '../../src/neo4j/rows.js';
import { listSentences } from '../../src/extract/sentences.js';
import type { LetterRecord } from '../../src/schema.js';
import { goldRecord } from '../graph/goldRecords.js';

const L003 = '003_d4bab2a74ced1df3';

/** A small hand-made letter: one fund named twice in one sentence with two amounts, once more elsewhere. */
function handRecord(): LetterRecord {
  const text = '设立种子基金,规模3亿元,种子基金累计支持项目821个。市科技局印发《管理办法》。';
  const s1 = { start: 0, end: 28, text: text.slice(0, 28) };
  const s2 = { start: 28, end: 41, text: text.slice(28) };
  return {
    source: 'letters/hand.txt',
    id: 'hand-1',
    text,
    encoding: 'utf-8',
    ingest: { format: 'txt', pages: null, ocr: null },
    letter: {
      indexNumber: null,
      docNumber: null,
      title: '测试函',
      genre: null,
      topics: ['科技'],
      publisher: null,
      writtenDate: null,
      publishedDate: '2024-01-02',
      signedDate: null,
    },
    proposal: { kind: '建议', number: null, title: '关于测试的建议', session: null },
    otherProposals: [{ kind: '建议', number: '12', title: null, session: '市六届人大二次会议' }],
    proposer: { name: '张三', role: '代表' },
    replyingAgency: '重庆市科学技术局',
    coHandlers: ['重庆市财政局', '重庆市财政局', '重庆市科学技术局'],
    signer: { name: null, title: null },
    contact: null,
    ...listSentences(
        [
        {
          type: 'Fund',
          name: '种子基金',
          aliases: ['种子基金', '种子投资基金'],
          mentions: [
            {
              start: 13,
              end: 17,
              text: '种子基金',
              sentence: s1,
              amounts: [{ text: '821个', value: 821, unit: 'count', label: '累计支持项目' }],
            },
            {
              start: 2,
              end: 6,
              text: '种子基金',
              sentence: s1,
              amounts: [
                { text: '3亿元', value: 300000000, unit: 'yuan', label: '规模' },
                { text: '821个', value: 821, unit: 'count', label: '累计支持项目' },
              ],
            },
          ],
        },
        {
          type: 'Agency',
          name: '重庆市科学技术局',
          aliases: ['市科技局'],
          mentions: [{ start: 28, end: 32, text: '市科技局', sentence: s2, amounts: [] }],
        },
        {
          type: 'Policy',
          name: '管理办法',
          aliases: [],
          docNumber: '渝科发〔2024〕1号',
          mentions: [{ start: 35, end: 39, text: '管理办法', sentence: s2, amounts: [] }],
        },
      ],
      [
        {
          type: 'ISSUED',
          from: { label: 'Agency', key: '重庆市科学技术局' },
          to: { label: 'Policy', key: '管理办法' },
          evidence: s2,
        },
        {
          type: 'CO_HANDLED',
          from: { label: 'Agency', key: '重庆市财政局' },
          to: { label: 'Letter', key: 'hand-1' },
          evidence: s1,
        },
      ],
    ),
  };
}

describe('letterGraph', () => {
  it('folds an entity’s mentions into one MENTIONS row with flat spans, distinct sentences and amounts', () => {
    const graph = letterGraph(handRecord());
    const fund = graph.mentions.find((m) => m.name === '种子基金');
    expect(fund).toMatchObject({
      letterId: 'hand-1',
      label: 'Fund',
      aliases: ['种子投资基金'],
      sentenceSpans: [0, 28],
      spans: [2, 6, 13, 17],
      amountTexts: ['3亿元', '821个'],
      amountValues: [300000000, 821],
      amountUnits: ['yuan', 'count'],
      amountLabels: ['规模', '累计支持项目'],
      amountSpans: [0, 28, 0, 28],
      amountTargets: [false, false],
    });
    // The count and the forms as written are the spans: stored once.
    for (const key of ['sentences', 'count', 'forms']) expect(key in fund!).toBe(false);
  });

  it('keeps every property a primitive, a Cypher Date or a list of primitives', () => {
    const graph = letterGraph(goldRecord(L003));
    const rows: unknown[] = [graph.letter.props, ...graph.mentions, ...graph.coMentions, ...graph.stated, ...graph.proposals];
    for (const row of rows) {
      for (const [key, value] of Object.entries(row as Record<string, unknown>)) {
        const ok = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v) || neo4j.isDate(v);
        expect(Array.isArray(value) ? value.every(ok) : ok(value), key).toBe(true);
      }
    }
  });

  it('derives the structural edges from the fields, with the evidence the relations give', () => {
    const graph = letterGraph(handRecord());
    // The replying agency listed among its own co-handlers is not a co-handler.
    expect(graph.issuedBy).toEqual([{ letterId: 'hand-1', agency: '重庆市科学技术局', spans: [] }]);
    expect(graph.coHandled).toEqual([
      { letterId: 'hand-1', agency: '重庆市财政局', spans: [0, 28] },
    ]);
    expect(graph.signed).toEqual([]);
    expect(graph.proposed.map((p) => p.proposalKey)).toEqual(graph.proposals.map((p) => p.key));
    expect(graph.proposed[0]).toMatchObject({ person: '张三', role: '代表' });
  });

  it('takes ISSUED/MANAGES from relations and leaves structural ones to the fields', () => {
    const graph = letterGraph(handRecord());
    expect(graph.stated).toEqual([
      {
        letterId: 'hand-1',
        type: 'ISSUED',
        fromLabel: 'Agency',
        from: '重庆市科学技术局',
        toLabel: 'Policy',
        to: '管理办法',
        spans: [28, 41],
      },
    ]);
  });

  it('stores the co-mentions of src/graph/comention.ts, one row per agency–policy pair and letter', () => {
    const record = goldRecord(L003);
    const graph = letterGraph(record);
    const triples = sentenceCoMentions(record);
    expect(triples.length).toBeGreaterThan(0);
    expect(graph.coMentions.reduce((n, r) => n + r.spans.length / 2, 0)).toBe(triples.length);
    const pairs = new Set(triples.map((t) => `${t.agency}|${t.policy}`));
    expect(new Set(graph.coMentions.map((r) => `${r.agency}|${r.policy}`))).toEqual(pairs);
  });

  it('lists every entity an edge needs, once, with a policy’s document number and the places its name starts with', () => {
    const graph = letterGraph(handRecord());
    const nowhere = { province: null, city: null, county: null };
    expect(graph.entities).toEqual(
      expect.arrayContaining([
        { label: 'Fund', name: '种子基金', docNumber: null, ...nowhere },
        { label: 'Agency', name: '重庆市财政局', docNumber: null, province: '重庆市', city: '重庆市', county: null },
        { label: 'Person', name: '张三', docNumber: null, ...nowhere },
        { label: 'Policy', name: '管理办法', docNumber: '渝科发〔2024〕1号', ...nowhere },
      ]),
    );
    const keys = graph.entities.map((e) => `${e.label}|${e.name}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('stores sources resolved, the text, a record hash and dates as Cypher Dates', () => {
    const graph = letterGraph(handRecord());
    expect(graph.letter.sources).toEqual([resolve('letters/hand.txt')]);
    expect(graph.letter.props.text).toBe(handRecord().text);
    expect(graph.letter.props.recordHash).toMatch(/^[0-9a-f]{16}$/);
    // The record, not the text, decides: the same letter read from elsewhere hashes the same.
    expect(letterGraph({ ...handRecord(), source: 'elsewhere.txt' }).letter.props.recordHash).toBe(graph.letter.props.recordHash);
    expect(String(graph.letter.props.publishedDate)).toBe('2024-01-02');
    expect(graph.letter.props.writtenDate).toBeNull();
    expect(graph.letter.props.proposalKind).toBe('建议');
  });
});

describe('proposal keys', () => {
  it('are the extractor’s, so its REPLIES_TO and PROPOSED relations meet the same Proposal', () => {
    const record = handRecord();
    const graph = letterGraph(record);
    expect(graph.proposals.map((p) => p.key)).toEqual([record.proposal, ...record.otherProposals].map((p) => p && proposalKeyOf(p)));
    // Unnumbered proposals are told apart by their titles.
    expect(graph.proposals[0]?.key).toContain('关于测试的建议');
  });
});
