// Letters written for these tests in the genre (not real letters): the same relative session and
// number in two cities, letters without a session, funds and bodies spelled two ways.
import { extracted } from '../support/extracted.js';
import type { LetterRecord } from '../../src/schema.js';

export type Written = { body: string; bodyShort: string; date: string; session: string; number: string; title: string; proposer: string; paragraph: string };

/** A reply letter as the genre writes it: title with the session and number, salutation, opening, body, closing. */
export function writeLetter(w: Written): string {
  const heading = w.session ? `${w.body}关于${w.session}第${w.number}号提案答复的函` : `${w.body}关于第${w.number}号提案的答复`;
  return [
    heading,
    '',
    `${w.proposer}委员：`,
    '',
    `您提出的《${w.title}》（第${w.number}号）收悉。经研究，现答复如下：`,
    '',
    w.paragraph,
    '',
    '感谢您对我们工作的关心和支持。',
    '',
    w.body,
    w.date,
  ].join('\n');
}

export function extractWritten(source: string, w: Written): LetterRecord {
  return extracted(writeLetter(w), source);
}

export const CHONGQING: Written = {
  body: '重庆市科学技术局',
  bodyShort: '市科技局',
  date: '2025年5月23日',
  session: '市政协六届三次会议',
  number: '0884',
  title: '关于加快科技成果转化的提案',
  proposer: '张明',
  paragraph: '我局设立重庆市科技成果转化股权投资基金，规模10亿元，支持企业开展技术攻关。市农业委员会会同我局推进农业科技园区建设。',
};

export const CHENGDU: Written = {
  body: '成都市科学技术局',
  bodyShort: '市科技局',
  date: '2025年6月3日',
  session: '市政协六届三次会议',
  number: '0884',
  title: '关于支持中小企业创新发展的提案',
  proposer: '李华',
  paragraph: '我局设立成都市科技创新券资金，支持中小企业购买科技服务。成都市农业农村局会同我局推进农业科技园区建设。',
};

/** A Chongqing district letter without a session, writing the fund without 市 (重庆X for 重庆市X). */
export const BISHAN: Written = {
  body: '重庆市璧山区科学技术局',
  bodyShort: '区科技局',
  date: '2024年7月1日',
  session: '',
  number: '12',
  title: '关于加大科技金融支持的提案',
  proposer: '王芳',
  paragraph: '我区积极对接重庆科技成果转化股权投资基金，争取投资5000万元。重庆市科学技术委员会曾于2017年支持我区建设孵化器。',
};

/** Another body's letter without a session, with the same number. */
export const JIANGBEI: Written = {
  ...BISHAN,
  body: '重庆市江北区教育委员会',
  bodyShort: '区教委',
  title: '关于加强校园安全管理的提案',
  proposer: '赵强',
  paragraph: '我委加强校园安全管理，组织开展安全教育活动。',
};
