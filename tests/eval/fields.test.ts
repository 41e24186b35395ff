import { describe, expect, it } from 'vitest';
import { scoreFields } from '../../src/eval/fields.js';
import { goldFile, prediction } from './helpers.js';

const wrong = (results: ReturnType<typeof scoreFields>) => results.filter((r) => !r.correct).map((r) => r.field);

describe('scoreFields', () => {
  it('scores all 21 standard fields and finds a perfect prediction all correct', () => {
    const results = scoreFields(goldFile(), prediction());
    expect(results).toHaveLength(21);
    expect(wrong(results)).toEqual([]);
  });

  it('compares titles without whitespace and sets without order', () => {
    const pred = prediction({
      letter: { ...goldFile().letter, title: '重庆市科学技术局 关于市六届人大二次会议第0601号建议办理情况的答复函', topics: ['教育', '科技'] },
      coHandlers: ['重庆市财政局', '重庆市教育委员会'],
    });
    expect(wrong(scoreFields(goldFile(), pred))).toEqual([]);
  });

  it('is strict about names in coHandlers: a short form is wrong', () => {
    const pred = prediction({ coHandlers: ['市教委', '重庆市财政局'] });
    expect(wrong(scoreFields(goldFile(), pred))).toEqual(['coHandlers']);
  });

  it('expects every subfield null when the gold object is null', () => {
    const gold = goldFile({ signer: null });
    expect(wrong(scoreFields(gold, prediction({ signer: null })))).toEqual([]);
    expect(wrong(scoreFields(gold, prediction({ signer: { name: null, title: null } })))).toEqual([]);
    expect(wrong(scoreFields(gold, prediction({ signer: { name: '明炬', title: null } })))).toEqual(['signer.name']);
    const got = scoreFields(goldFile(), prediction({ contact: { name: '蒋明杰', phone: '023-68511253' } }));
    expect(wrong(got)).toEqual(['contact.name', 'contact.phone']);
  });

  it('scores resultClass and otherProposals only when the gold has them', () => {
    const gold = goldFile({
      letter: { ...goldFile().letter, resultClass: 'A' },
      otherProposals: [{ kind: '建议', number: '0602', title: '关于X的建议', session: '市六届人大二次会议' }],
    });
    const results = scoreFields(gold, prediction());
    expect(results).toHaveLength(23);
    expect(wrong(results)).toEqual(['letter.resultClass', 'otherProposals']);
    const right = prediction({
      letter: { ...goldFile().letter, resultClass: 'A' },
      otherProposals: [{ kind: '建议', number: '0602', title: '关于X的建议', session: '市六届人大二次会议' }],
    });
    expect(wrong(scoreFields(gold, right))).toEqual([]);
  });

  it('counts every field wrong for a failed extraction', () => {
    const results = scoreFields(goldFile({ contact: null }), null);
    expect(results.every((r) => !r.correct && r.got === undefined)).toBe(true);
  });
});
