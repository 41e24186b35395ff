// Real values from the bundled sample letters: what a researcher would check first.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extracted } from '../support/extracted.js';
import { LetterRecord, sentenceAt } from '../../src/schema.js';

const sample = (name: string) => {
  const source = `examples/letters/${name}`;
  return extracted(readFileSync(source, 'utf8'), source);
};
const entity = (r: LetterRecord, type: string, name: string) => r.entities.find((e) => e.type === type && e.name === name);

describe('sample 000 (bracket header, 7 co-handlers)', () => {
  const r = sample('000_3c3f08b36a879318.txt');

  it('reads the structure', () => {
    expect(r.id).toBe('11500000MB15895317/2025-00054');
    expect(r.letter.title).toBe('重庆市科学技术局关于市政协六届三次会议第0884号提案答复的函');
    expect(r.proposal).toEqual({ kind: '提案', number: '0884', title: '关于强化企业科技创新主体地位加快构建现代化产业体系的建议', session: '市政协六届三次会议', scope: '重庆市政协六届三次会议' });
    expect(r.proposer).toEqual({ name: '王普', role: '委员' });
    expect(r.signer).toEqual({ name: '明炬', title: '局长' });
    expect(r.letter.signedDate).toBe('2025-04-24');
    expect(r.coHandlers).toEqual([
      '中共重庆市委组织部', '中共重庆市委金融委员会办公室', '重庆市发展和改革委员会', '重庆市教育委员会',
      '重庆市经济和信息化委员会', '重庆市财政局', '重庆市人力资源和社会保障局',
    ]);
  });

  it('canonicalises short forms and keeps them as aliases', () => {
    expect(entity(r, 'Agency', '重庆市人力资源和社会保障局')?.aliases).toContain('市人力社保局');
    expect(entity(r, 'Agency', '中共重庆市委金融委员会办公室')?.aliases).toContain('市委金融办');
  });

  it('folds fund variants and keeps the amounts of each mention', () => {
    const seed = entity(r, 'Fund', '种子基金')!;
    expect(seed.aliases).toEqual(['种子投资基金']);
    const amounts = seed.mentions.flatMap((m) => m.amounts.map((a) => [a.text, a.value]));
    expect(amounts).toContainEqual(['2995万元', 29_950_000]);
    // The joint fund is its own entity, and its figures are not the base fund's.
    const joint = entity(r, 'Fund', '重庆市自然科学基金创新发展联合基金')!;
    expect(joint.mentions[0]!.amounts.map((a) => a.text)).toEqual(['46项', '1800万元']);
    expect(entity(r, 'Fund', '重庆市自然科学基金')!.mentions[0]!.amounts.map((a) => a.text)).toContain('2.76亿元');
  });

  it('gives every mention a span into the text and its sentence', () => {
    for (const e of r.entities) {
      for (const m of e.mentions) {
        expect(r.text.slice(m.start, m.end)).toBe(m.text);
        const sentence = sentenceAt(r, m.sentence);
        expect(r.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
        expect(sentence.start).toBeLessThanOrEqual(m.start);
        expect(sentence.end).toBeGreaterThanOrEqual(m.end);
      }
    }
    expect(entity(r, 'Platform', '国家海外知识产权纠纷应对指导中心重庆分中心')).toBeDefined();
    expect(entity(r, 'Platform', '渝才荟')?.aliases).toEqual(['渝才荟数字化平台']);
  });

  it('passes the published schema', () => {
    expect(() => LetterRecord.parse(r)).not.toThrow();
  });
});

describe('sample 002 (district body, collapsed date, contact)', () => {
  const r = sample('002_3959abebc187bf41.txt');
  it('reads the collapsed signature date and the contact line', () => {
    expect(r.letter.signedDate).toBe('2023-05-16');
    expect(r.contact).toEqual({ name: '蒋明杰', phone: '023—68511253' });
    expect(r.signer).toEqual({ name: '邓敏军', title: '局长' });
    expect(r.letter.docNumber).toBe('渝高新科函〔2023〕4号');
    expect(r.proposal?.session).toBe('政协重庆市九龙坡区第十一届委员会第二次会议');
  });
  it('keeps co-handlers that no table knows as written', () => {
    expect(r.coHandlers).toEqual(['重庆高新区党群工作部', '创新服务中心', '政务服务和社会事务中心']);
  });
});

describe('a signature date in Chinese numerals', () => {
  it('reads 二〇二五年四月二十四日 under the signature', () => {
    const text = readFileSync('examples/letters/000_3c3f08b36a879318.txt', 'utf8').replace('2025年4月24日', '二〇二五年四月二十四日');
    expect(extracted(text, 'cn-date.txt').letter.signedDate).toBe('2025-04-24');
  });
});

describe('sample 003 (table header, 人大建议)', () => {
  const r = sample('003_d4bab2a74ced1df3.txt');
  it('reads the | table header and the 人大 kind', () => {
    expect(r.letter.genre).toBe('人大建议办理');
    expect(r.proposal?.kind).toBe('建议');
    expect(r.proposer).toEqual({ name: '杨飞云', role: '代表' });
  });
  it('takes mentions from the first copy when a page repeats the letter', () => {
    const twice = `${r.text}\n\n${r.text}`;
    const doubled = extracted(twice, 'twice.txt');
    const mentions = doubled.entities.flatMap((e) => e.mentions);
    expect(mentions.length).toBe(r.entities.flatMap((e) => e.mentions).length);
    for (const m of mentions) expect(m.start).toBeLessThan(r.text.length);
  });
  it('states who issued the brokers’ title conditions, with the clause as evidence', () => {
    const issued = r.relations.filter((x) => x.type === 'ISSUED' && x.to.key === '重庆市技术经纪人职称申报条件');
    expect(issued.map((x) => x.from.key).sort()).toEqual(['重庆市人力资源和社会保障局', '重庆市科学技术局']);
    expect(sentenceAt(r, issued[0]!.evidence).text).toContain('市人力社保局和市科技局出台');
  });
  it('reads 种子引导基金 as the seed fund, with its figures', () => {
    const seed = entity(r, 'Fund', '种子基金')!;
    expect(seed.aliases).toContain('种子引导基金');
    expect(seed.mentions.flatMap((m) => m.amounts.map((a) => a.text))).toEqual(expect.arrayContaining(['821个', '2.98亿元']));
  });
});
