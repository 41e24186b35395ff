// Letters republished in traditional script, some with the pinyin of a character in brackets after
// it, are read through a simplified copy and reported on the text as written. Letter written for the test.
import { describe, expect, it } from 'vitest';
import { extracted } from '../support/extracted.js';
import { readingText } from '../../src/parse/readingText.js';

const written = [
  '青川縣水利局關(guān)于縣十屆人大二次會議第12號建議的答復(fù)',
  '張明代表:',
  '您提出的《關于加強農村飲水安全的建議》收悉,現答復如下:',
  '一、縣水利局會同縣財政局安排農村飲水安全專項資金800萬元。',
  '二、依據《青川縣農村飲水工程管理辦法》加強管護。',
  '感謝您對水利工作的關心和支持。',
  '青川縣水利局',
  '2024年6月12日',
].join('\n');

describe('a letter in traditional script with pinyin', () => {
  const r = extracted(written, 'traditional.txt');

  it('is read (not refused) and its bodies, funds and policies carry simplified canonical names', () => {
    expect(r.replyingAgency).toBe('青川县水利局');
    const names = r.entities.map((e) => `${e.type}:${e.name}`);
    expect(names).toEqual(expect.arrayContaining(['Agency:青川县财政局', 'Fund:农村饮水安全专项资金', 'Policy:青川县农村饮水工程管理办法']));
  });

  it('keeps the written text, with every span and sentence pointing into it and written forms as aliases', () => {
    expect(r.text).toBe(written);
    for (const e of r.entities) for (const m of e.mentions) expect(written.slice(m.start, m.end)).toBe(m.text);
    for (const s of r.sentences) expect(written.slice(s.start, s.end)).toBe(s.text);
    expect(r.entities.find((e) => e.name === '青川县财政局')?.aliases).toContain('縣財政局');
  });

  it('reports fields read from the text as written, pinyin included, and people by their written names', () => {
    expect(r.letter.title).toBe('青川縣水利局關(guān)于縣十屆人大二次會議第12號建議的答復(fù)');
    expect(r.proposal?.title).toBe('關于加強農村飲水安全的建議');
    expect(r.proposer).toEqual({ name: '張明', role: '代表' });
    expect(r.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['張明']);
    expect(r.letter.signedDate).toBe('2024-06-12');
  });

  it('names a person without the pinyin a mirror writes after a character', () => {
    const r = extracted(written.replace('張明代表:', '張明國(guó)代表:'), 'traditional.txt');
    expect(r.proposer?.name).toBe('張明國');
    expect(r.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['張明國']);
  });

  it('gives the proposer’s role in the schema’s words, not as written', () => {
    const r = extracted(written.replace('張明代表:', '張明委員:'), 'traditional.txt');
    expect(r.proposer).toEqual({ name: '張明', role: '委员' });
  });

  it('leaves a letter in simplified script as it is', () => {
    expect(readingText('青川县水利局关于县十届人大二次会议第12号建议的答复')).toBeNull();
  });

  it('leaves a page in simplified script whose menu offers 繁體版 as it is, and reads one with traditional words in its text', () => {
    expect(readingText('简体版 繁體版 无障碍\n青川县水利局关于县十届人大二次会议第12号建议的答复')).toBeNull();
    expect(readingText('繁體版\n青川縣水利局關於建議的答復')?.text).toBe('繁体版\n青川县水利局关于建议的答复');
  });
});
