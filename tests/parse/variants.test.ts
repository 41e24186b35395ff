// The genre's variant phrasings, each in a small letter written for the test.
import { describe, expect, it } from 'vitest';
import { extractLetter } from '../../src/extract/index.js';

const letter = (text: string) => extractLetter({ source: 'variant.txt', text, encoding: 'utf-8' });

describe('genre variants', () => {
  it('reads 关于对…的答复, 经征求…意见 and a date in Chinese numerals', () => {
    const r = letter(
      '关于对市政协六届二次会议第1234号提案的答复\n\n张三委员:\n\n您提出的《关于加快发展智慧农业的建议》(第1234号)收悉。经征求市农业农村委、市财政局意见,现答复如下:\n' +
        '市农业农村委设立总规模10亿元的重庆市智慧农业发展基金。\n此复函已经李四局长审签。\n重庆市科学技术局\n二〇二四年五月六日\n',
    );
    expect(r.proposal).toEqual({ kind: '提案', number: '1234', title: '关于加快发展智慧农业的建议', session: '市政协六届二次会议', scope: '重庆市政协六届二次会议' });
    expect(r.coHandlers).toEqual(['重庆市农业农村委员会', '重庆市财政局']);
    expect(r.replyingAgency).toBe('重庆市科学技术局');
    expect(r.signer).toEqual({ name: '李四', title: '局长' });
    expect(r.letter.signedDate).toBe('2024-05-06');
    const fund = r.entities.find((e) => e.type === 'Fund');
    expect(fund?.name).toBe('重庆市智慧农业发展基金');
    expect(fund?.mentions[0]!.amounts).toEqual([{ text: '10亿元', value: 1e9, unit: 'yuan', label: '总规模' }]);
    expect(r.relations.find((x) => x.type === 'MANAGES')?.from.key).toBe('重庆市农业农村委员会');
  });

  it('reads a delegation, 等N名代表 and masked proposers', () => {
    const body = '您们提出的《关于改善农村道路的建议》(第56号)收悉。经研究办理,现答复如下:\n已完成。\n';
    expect(letter(`江北代表团:\n${body}`).proposer).toEqual({ name: null, role: '代表团' });
    expect(letter(`王五等5名代表:\n${body}`).proposer).toEqual({ name: '王五', role: '代表' });
    expect(letter(`陈红(等10位)代表:\n${body}`).proposer).toEqual({ name: '陈红', role: '代表' });
    expect(letter(`xxx委员:\n${body}`).proposer).toEqual({ name: null, role: '委员' });
    // Without a session, the kind follows the role: 代表 → 建议.
    expect(letter(`王五等5名代表:\n${body}`).proposal?.kind).toBe('建议');
  });

  it('leaves the signer empty when only 局主要领导 signed', () => {
    const r = letter('赵六委员:\n您提出的《关于X的建议》(第7号)收悉。现答复如下:\n已办。\n此复函已经局主要领导审签。\n某某局\n2024年1月2日\n');
    expect(r.signer).toBeNull();
    expect(r.letter.signedDate).toBe('2024-01-02');
  });

  it('reads 尊敬 without 的, 二位, a unit in brackets after the role and names joined by a dot', () => {
    const body = '您提出的《关于改善农村道路的建议》(第56号)收悉。现答复如下:\n已完成。\n';
    const persons = (sal: string) => letter(`${sal}\n${body}`).entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(letter(`尊敬王五代表:\n${body}`).proposer).toEqual({ name: '王五', role: '代表' });
    expect(persons('王五、赵六二位代表:')).toEqual(['王五', '赵六']);
    expect(letter(`刘七委员(县应急管理局):\n${body}`).proposer).toEqual({ name: '刘七', role: '委员' });
    expect(letter(`吐尔逊·买买提等3名代表:\n${body}`).proposer).toEqual({ name: '吐尔逊·买买提', role: '代表' });
  });

  it('takes the signer from a 经…审核同意 sentence in the opening, and a contact written after its unit and a comma', () => {
    const r = letter(
      '赵六委员:\n您提出的《关于X的建议》(第7号)收悉。经张某副秘书长和李四局长审核同意,现答复如下:\n已办。\n某某局\n2024年1月2日\n联系人:某某局计财处,王小明 电话:12345678\n',
    );
    expect(r.signer).toEqual({ name: '李四', title: '局长' });
    expect(r.contact).toEqual({ name: '王小明', phone: '12345678' });
  });

  it('reads 主管领导签字 and 承办人签字 fields with names padded by a space, the mention covering the padding', () => {
    const r = letter('赵六委员:\n您提出的《关于X的建议》(第7号)收悉。现答复如下:\n已办。\n某某局\n2024年1月2日\n主管领导签字:王 颖\n承 办 人签字:牛 震\n联系电话:12345678\n');
    expect(r.signer).toEqual({ name: '王颖', title: '主管领导' });
    expect(r.contact).toEqual({ name: '牛震', phone: '12345678' });
    expect(r.entities.find((e) => e.name === '王颖')?.mentions.map((m) => m.text)).toEqual(['王 颖']);
  });

  it('reads two-character names padded to three in a space-separated list', () => {
    const body = '您们提出的《关于改善农村道路的提案》收悉。现答复如下:\n已完成。\n';
    const r = letter(`刘一华 魏 娜 朱 纯 赵四芳委员:\n${body}`);
    expect(r.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['刘一华', '魏娜', '朱纯', '赵四芳']);
  });
});

