// Names written relative to the letter (市人大专项资金, 县农业项目管理服务中心) carry the letter's place.
import { describe, expect, it } from 'vitest';
import { canonicalAgency } from '../../src/extract/agencies.js';
import { jurisdictionOf } from '../../src/extract/jurisdiction.js';
import { extracted } from '../support/extracted.js';
import { fullSession, placedName } from '../../src/extract/scope.js';

const CHONGQING = jurisdictionOf('重庆市科学技术局');
const ZHENKANG = jurisdictionOf('镇康县农业农村局');

describe('placedName', () => {
  it('writes a level word alone out with the letter’s place of that level', () => {
    expect(placedName('市自然科学基金', CHONGQING)).toBe('重庆市自然科学基金');
    expect(placedName('县农业项目管理服务中心', ZHENKANG)).toBe('镇康县农业项目管理服务中心');
    // Before a word opening with the level's character (市|市民…).
    expect(placedName('市市民权益保障服务中心', CHONGQING)).toBe('重庆市市民权益保障服务中心');
  });

  it('leaves level adjectives, names without a level word, and places the letter does not know', () => {
    expect(placedName('省级水利发展资金', ZHENKANG)).toBeNull();
    // 市政 of municipal works is a word (市政维护中心), the 政 of 市政府/市政务 is no word with the level's 市.
    expect(placedName('市政维护中心', CHONGQING)).toBeNull();
    expect(placedName('市政务服务中心', CHONGQING)).toBe('重庆市政务服务中心');
    expect(placedName('国家自然科学基金', CHONGQING)).toBeNull();
    expect(placedName('县农业项目管理服务中心', CHONGQING)).toBeNull();
    // Words that open with a level's character: 市场 (market), 市民 (citizens).
    expect(placedName('市场监管综合服务中心', CHONGQING)).toBeNull();
    expect(placedName('市民服务中心', CHONGQING)).toBeNull();
    // Levels together: the districts' and counties' fund.
    expect(placedName('区县科技创新引导基金', jurisdictionOf('重庆市万州区科学技术局'))).toBeNull();
  });

  it('places the letter’s county written without its city, which two cities share (河东区 of 临沂市 and of 天津市)', () => {
    const linyi = jurisdictionOf('临沂市河东区人大会议');
    expect(canonicalAgency('河东区公路中心', linyi)).toBe('临沂市河东区公路中心');
    expect(canonicalAgency('河东区人民政府', linyi)).toBe('临沂市河东区人民政府');
    // A letter whose body names the county bare and whose session names it whole is the whole county's.
    const letter = extracted('发布机构: 河东区公路中心\n尊敬的王某某等代表:\n关于您在临沂市河东区人大会议上所提建议《关于进一步做好道路建设的建议》已收悉,现答复如下:\n下一步将向区政府汇报。\n河东区公路中心\n2018年3月19日\n', 'hedong.txt');
    expect(letter.replyingAgency).toBe('临沂市河东区公路中心');
    expect(letter.entities.map((e) => e.name)).toContain('临沂市河东区人民政府');
  });

  it('places a replying body the tables do not know', () => {
    // The government's centre: the government written out, as on its own.
    expect(canonicalAgency('市政府政务服务中心', CHONGQING)).toBe('重庆市人民政府政务服务中心');
    expect(canonicalAgency('县农业项目管理服务中心', ZHENKANG)).toBe('镇康县农业项目管理服务中心');
  });
});

describe('a fund written relative to the letter', () => {
  it('is named with the letter’s city and keeps the written form as an alias', () => {
    const text = [
      '关于市政协五届二次会议第0123号提案的答复',
      '',
      '张明委员:',
      '您提出的《关于加强基础研究的提案》收悉。现答复如下:',
      '近年来,我局设立市自然科学基金,2024年资助项目312项,资助金额4200万元。',
      '',
      '重庆市科学技术局',
      '2024年6月3日',
    ].join('\n');
    const record = extracted(text, 'placed.txt');
    const fund = record.entities.find((e) => e.type === 'Fund');
    expect(fund?.name).toBe('重庆市自然科学基金');
    expect(fund?.aliases).toContain('市自然科学基金');
  });
});

describe('fullSession', () => {
  it('writes a session out with the letter’s place, but for the national congress’s or conference’s', () => {
    const sichuan = jurisdictionOf('四川省农业农村厅');
    expect(fullSession('省十四届人大一次会议', sichuan)).toBe('四川省十四届人大一次会议');
    expect(fullSession('政协十三届二次会议', sichuan)).toBe('四川省政协十三届二次会议');
    expect(fullSession('政协第十四届全国委员会第一次会议', sichuan)).toBe('政协第十四届全国委员会第一次会议');
    expect(fullSession('十四届全国人大二次会议', sichuan)).toBe('十四届全国人大二次会议');
  });
});

describe('a letter whose body names no place of its own', () => {
  it('is placed by its page, whose votes outweigh a province the body mentions in passing', () => {
    const text = [
      '2024年宁陕县十八届人大三次会议《关于改造老旧小区的建议》(第15号)的答复',
      '宁陕县住房和城乡建设局 发布时间:2024-07-02',
      '',
      '对县十八届人大三次会议第15号建议的答复',
      '王刚代表:',
      '您提出的《关于改造老旧小区的建议》收悉,现答复如下:',
      '我局学习浙江老旧小区改造经验,2024年改造城关镇小区5个,并将商请县财政局安排配套资金。',
      '感谢您对住房和城乡建设工作的关心和支持。',
      '2024年7月1日',
    ].join('\n');
    const record = extracted(text, 'page-placed.txt');
    expect(record.entities.filter((e) => e.type === 'Agency').map((e) => e.name)).toContain('宁陕县财政局');
    expect(record.proposal?.scope).toBe('宁陕县十八届人大三次会议');
  });
});

describe('a bureau’s short form beside the full name the letter signs with', () => {
  const letter = (body: string) =>
    [
      '关于区政协三届二次会议第45号提案的答复',
      '',
      '李红委员:',
      '您提出的《关于开放机关停车场的提案》收悉。现答复如下:',
      `2023年以来,西夏区城管局对辖区内的停车场进行了排查,区市场监管局配合开展检查。`,
      '',
      body,
      '2023年7月3日',
    ].join('\n');
  const agencies = (body: string) =>
    extracted(letter(body), 'short-form.txt')
      .entities.filter((e) => e.type === 'Agency')
      .map((e) => [e.name, e.aliases]);

  it('is that body, not the generic name the short form expands to', () => {
    const found = agencies('银川市西夏区城市管理综合执法局');
    expect(found).toContainEqual(['银川市西夏区城市管理综合执法局', ['西夏区城管局', '银川市西夏区城市管理局']]);
    expect(found).toContainEqual(['银川市西夏区市场监督管理局', ['区市场监管局']]);
    expect(found.map(([name]) => name)).not.toContain('银川市西夏区城市管理局');
  });

  it('is not a branch of it (分局), nor a bureau of a place inside the jurisdiction', () => {
    expect(agencies('银川市西夏区城市管理局城东分局').map(([name]) => name)).toContain('银川市西夏区城市管理局');
    const city = extracted(['李红委员:', '您提出的《关于增加学位的提案》收悉。现答复如下:', '市教育局已批复。', '天水市麦积区教育局', '2023年7月3日'].join('\n'), 'city.txt');
    expect(city.entities.filter((e) => e.type === 'Agency').map((e) => e.name)).toEqual(['天水市教育局', '天水市麦积区教育局']);
  });

  it('is the merged bureau the letter signs with, whose expansion the short form is not (县文旅局 of 环县文体广电和旅游局)', () => {
    const letter = ['王某委员:', '您提出的《关于公园亮化的提案》收悉。现答复如下:', '县文旅局已将公园亮化纳入计划。', '环县文体广电和旅游局', '2023年9月20日'].join('\n');
    const found = extracted(letter, 'merged.txt').entities.filter((e) => e.type === 'Agency');
    expect(found.map((e) => e.name)).toEqual(['环县文体广电和旅游局']);
  });

  it('is the commission the letter signs with, named otherwise than the generic one (市农委 of 郑州市农业农村工作委员会; b1023_02)', () => {
    const letter = ['郭某委员:', '您提出的《关于种质资源创新的提案》收悉。现答复如下:', '市农委开展了种质资源普查。', '郑州市农业农村工作委员会', '2021年6月9日'].join('\n');
    const found = extracted(letter, 'commission.txt').entities.filter((e) => e.type === 'Agency');
    expect(found.map((e) => e.name)).toEqual(['郑州市农业农村工作委员会']);
  });
  it('is no party committee written as its own commission (市委 beside 市委政法委: two bodies)', () => {
    const letter = ['张某代表:', '您提出的《关于诉源治理的建议》收悉,现答复如下:', '我院主动向市委和市委政法委请示汇报。', '商洛市中级人民法院', '2024年5月6日'].join('\n');
    const found = extracted(letter, 'committee.txt').entities.filter((e) => e.type === 'Agency');
    expect(found.map((e) => e.name)).toEqual(['中共商洛市委员会', '中共商洛市委政法委员会', '商洛市中级人民法院']);
  });
  it('is the full name written with a word inside it (新乐市综合行政执法局 → …城市管理综合行政执法局)', () => {
    const letter = ['张明代表:', '您提出的《关于规范摊点的建议》收悉。现答复如下:', '市综合行政执法局已整治。', '新乐市城市管理综合行政执法局', '2023年7月3日'].join('\n');
    const found = extracted(letter, 'inner.txt').entities.filter((e) => e.type === 'Agency');
    expect(found.map((e) => [e.name, e.aliases])).toEqual([['新乐市城市管理综合行政执法局', ['市综合行政执法局', '新乐市综合行政执法局']]]);
  });
  it('is no other body whose name holds its characters with words here and there (重庆市教育委员会 beside …国防教育工作委员会; b1689_01)', () => {
    const letter = ['重庆市教育委员会关于市政协六届一次会议第0815号提案的复函', '李某委员:', '您提出的《关于融合教育的建议》收悉。现答复如下:', '我市成立了重庆市国防教育工作委员会。'].join('\n');
    const found = extracted(letter, 'expert.txt');
    expect(found.entities.filter((e) => e.type === 'Agency').map((e) => e.name)).toEqual(['重庆市教育委员会', '重庆市国防教育工作委员会']);
    expect(found.replyingAgency).toBe('重庆市教育委员会');
  });
});

describe('a district’s service centre named in a sentence', () => {
  it('starts at the district (after 有, over 城乡|建设 which ends a compound noun) and takes the city before it', () => {
    const text = [
      '关于区十届人大二次会议第12号建议的答复',
      '',
      '赵敏代表:',
      '您提出的《关于增设儿童游乐设施的建议》收悉,现答复如下:',
      '该路段沿线有金凤区应急指挥中心。目前,我局正在与双台子区城乡建设事业发展服务中心对接研究。',
      '',
      '某市住房和城乡建设局',
      '2023年5月6日',
    ].join('\n');
    const agencies = extracted(text, 'centre.txt').entities.filter((e) => e.type === 'Agency');
    const names = agencies.map((e) => e.name);
    expect(names).toContain('银川市金凤区应急指挥中心');
    expect(names).toContain('盘锦市双台子区城乡建设事业发展服务中心');
    expect(agencies.find((e) => e.name === '盘锦市双台子区城乡建设事业发展服务中心')?.aliases).toContain('双台子区城乡建设事业发展服务中心');
    expect(names.some((n) => n.includes('沿线') || n === '事业发展服务中心')).toBe(false);
  });
});

describe('a letter a town signs with its place alone (某某街道关于…的函)', () => {
  it('places the town’s own units written relative to it (街道…中心) under the town, as its government is', () => {
    const text = [
      '碧鸡街道关于西山区第十届政协三次会议第10030052号提案答复的函',
      '张某委员:',
      '您提出的《关于整治防火通道滑坡隐患的提案》收悉,现答复如下:',
      '街道农林水与应急服务中心已组织社区对通道进行了清理。',
      '感谢您对街道工作的关心和支持。',
      '碧鸡街道办事处',
      '2024年9月29日',
    ].join('\n');
    const record = extracted(text, 'town-signed.txt');
    expect(record.replyingAgency).toBe('昆明市西山区碧鸡街道办事处');
    expect(record.entities.map((e) => e.name)).toContain('昆明市西山区碧鸡街道农林水与应急服务中心');
  });
});

describe('a letter that names no body of its own, addressed to a party’s committee (农工党某市委员会:)', () => {
  it('is placed in the committee’s city, not in another city its body names more often', () => {
    const text = [
      '农工党安康市委员会:',
      '你们提出的《关于推进长期护理保险的提案》收悉,现答复如下:',
      '长期护理保险由国家统一试点,汉中市是我省唯一的试点市,汉中市的做法值得借鉴。',
      '下一步,市医疗保障局将做好前期调研,争取我市早日开展这项工作。',
    ].join('\n');
    const record = extracted(text, 'party-addressed.txt');
    expect(record.entities.map((e) => e.name)).toContain('安康市医疗保障局');
    expect(record.entities.map((e) => e.name)).not.toContain('汉中市医疗保障局');
  });
});
