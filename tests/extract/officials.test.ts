// Officials a letter names with their post in running text are Persons (the gold lists them): the name
// after its post or before it, never a post alone, a verb, a place or the national leader. Snippets
// written for these tests.
import { describe, expect, it } from 'vitest';
import { findOfficials } from '../../src/extract/officials.js';
import { extracted } from '../support/extracted.js';

const officials = (text: string) => findOfficials(text, 0, text.length).map((h) => h.name);

describe('officials named with their post', () => {
  it('reads the name after its post, up to the clause’s next word (领办, 同志, 担任, 一同)', () => {
    expect(officials('该建议由分管副县长罗志刚领办，县交通运输局局长汤建华同志牵头落实。')).toEqual(['罗志刚', '汤建华']);
    expect(officials('由区委常委、常务副区长邓卫平担任组长，区政协副主席孔燕担任副组长。')).toEqual(['邓卫平', '孔燕']);
    expect(officials('街道党工委委员韦小平一同到现场查看。')).toEqual(['韦小平']);
  });
  it('reads the name before its post after a mark or a word of the clause (经|梁文斌局长)', () => {
    expect(officials('此复函经梁文斌局长审签。')).toEqual(['梁文斌']);
    const text = '此复函经梁文斌局长审签。';
    expect(findOfficials(text, 0, text.length)[0]).toMatchObject({ start: 4, end: 7 });
  });
  it('reads no name where a post stands alone, before a verb or a place’s word, or in a place', () => {
    expect(officials('由分管副局长牵头，成立了乡长任组长的专班，开通县长信箱，由市委书记、市长任双组长。')).toEqual([]);
    expect(officials('村儿童主任包联。村儿童主任包联的方式。')).toEqual([]);
    // An adverb after a name of two is the clause's (邵明|又专程); a name's last character may read as one (陈|刚).
    expect(officials('副区长邵明又专程带队调研，副县长陈刚牵头。')).toEqual(['邵明', '陈刚']);
    // 黄牛铺镇 is a town: its 镇 and the village's 长 make no 镇长.
    expect(officials('黄牛铺镇长滩坝村道路。')).toEqual([]);
    // Nor is a county greeted with its members (宁洱县委员活动小组) an official named before 委员.
    expect(officials('宁洱县委员活动小组:你们提出的提案收悉。')).toEqual([]);
    // Nor a town the gazetteer lacks, as 委员 opens a body of members there (委员小组, 委员会), no one's post.
    expect(officials('马岩镇委员小组:你们提出的提案收悉。请县政协提案委员会转告。')).toEqual([]);
    // The national leader's name in set phrases is no official of the letter.
    expect(officials('深入学习中央总书记习近平的重要讲话。')).toEqual([]);
  });
  it('makes each a Person of the letter, its mention where the body names it', () => {
    const text = ['关于县十八届人大二次会议第12号建议的答复', '王明代表:', '您提出的《关于修缮某村道路的建议》收悉，现答复如下:', '此建议由副县长罗志刚领办，县交通运输局具体落实。', '青川县交通运输局', '2024年6月1日'].join('\n');
    const person = extracted(text).entities.find((e) => e.type === 'Person' && e.name === '罗志刚');
    expect(person?.mentions.map((m) => m.text)).toEqual(['罗志刚']);
  });
});
