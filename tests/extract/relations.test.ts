// ISSUED relations: a body stated as issuing a named policy, by a verb between them in one clause
// or by writing the title right after the body (市政府《…》). A letter written for these tests.
import { describe, expect, it } from 'vitest';
import { extracted } from '../support/extracted.js';
import type { LetterRecord } from '../../src/schema.js';

const letter = [
  '随县农业农村局关于县政协四届三次会议第81号提案的答复',
  '张明委员:',
  '您提出的《关于扶持某某产业的提案》收悉,现答复如下:',
  '2022年3月,县政府《印发关于促进某某产业发展若干措施的通知》,共8大类奖补措施。2023年4月,市政府的《某市某某产业奖补办法》施行。',
  '2024年2月,市农业农村局下发《关于申报2023年度奖励项目的通知》。我局根据《某某产业发展规划》开展工作。',
  '随县农业农村局',
  '2024年5月27日',
].join('\n');
/** A letter written for a test, from its lines. */
const written = (...lines: string[]) => extracted(lines.join('\n'), 'written.txt');
const r = written(letter);
/** The bodies a record says issued a policy, sorted. */
const issuersIn = (record: LetterRecord) => (policy: string) =>
  record.relations
    .filter((x) => x.type === 'ISSUED' && x.to.key === policy)
    .map((x) => x.from.key)
    .sort();
const issuers = issuersIn(r);

describe('who issued a policy', () => {
  it('is the body written right before its title, with or without 的', () => {
    expect(issuers('印发关于促进某某产业发展若干措施的通知')).toEqual(['随县人民政府']);
    expect(issuers('某市某某产业奖补办法')).toEqual(['随州市人民政府']);
  });
  it('is the subject of 下发 as of 印发', () => {
    expect(issuers('关于申报2023年度奖励项目的通知')).toEqual(['随州市农业农村局']);
  });
  it('is nobody where a preposition, not a body, stands before the title', () => {
    expect(issuers('某某产业发展规划')).toEqual([]);
  });
  it('is nobody for a body opening the title itself (《省人民政府办公厅关于…的意见》): part of its name, as the gold reads it', () => {
    const own = written('随县农业农村局关于县政协第81号提案的答复', '张明委员:', '您提出的《关于扶持某某产业的提案》收悉,现答复如下:', '根据《湖北省人民政府办公厅关于促进某某产业发展的意见》开展工作。');
    expect(issuersIn(own)('湖北省人民政府办公厅关于促进某某产业发展的意见')).toEqual([]);
    expect(own.entities.some((e) => e.type === 'Agency' && e.name === '湖北省人民政府办公厅')).toBe(true);
  });
});

describe('issuers of titles in a list, of several bodies, and the replying body speaking of itself', () => {
  const r3 = written(
    '随州市科学技术局关于市政协五届二次会议第12号提案的答复',
    '张明委员:',
    '您提出的《关于支持某某产业的提案》收悉,现答复如下:',
    '市教育局、市财政局《关于批复某某项目计划的通知》已下达。以市交安办名义先后印发了《关于加强某某安全的通知》、《关于整治某某隐患的通知》。',
    '根据国务院《全民某某纲要》、《某省某某实施方案》开展工作。2023年我局印发了《某某科技发展规划》。我局将继续争取设立某某科技专项资金。',
    '随州市科学技术局',
    '2024年5月27日',
  );
  const of = issuersIn(r3);
  it('gives every body written before a title, joined by 、', () => {
    expect(of('关于批复某某项目计划的通知')).toEqual(['随州市教育局', '随州市财政局']);
  });
  it('carries a verb’s issuers to the titles listed after the first, not a body’s that only names the first', () => {
    expect(of('关于整治某某隐患的通知')).toEqual(['随州市道路交通安全委员会办公室']);
    expect(of('全民某某纲要')).toEqual(['国务院']);
    expect(of('某省某某实施方案')).toEqual([]);
  });
  it('gives bodies that issued titles respectively (A、B分别制定的《X》、《Y》) one title each, in order', () => {
    const each = issuersIn(
      written(
        '某区农业农村局关于区十七届人大六次会议第53号建议的答复',
        '张明代表:',
        '您提出的《关于加强农村厕所管养的建议》收悉,现答复如下:',
        '市城管委、省住建厅分别制定并下发的《某市公共厕所建设标准指引》、《某省农村公厕建设指引》是我区建设的依据。',
        '某区农业农村局',
        '2020年8月4日',
      ),
    );
    expect(each('某市公共厕所建设标准指引')).toEqual(['市城管委']);
    expect(each('某省农村公厕建设指引')).toEqual(['省住建厅']);
  });
  it('takes 我局 before the verb for the replying body, unless it only means to act', () => {
    expect(of('某某科技发展规划')).toEqual(['随州市科学技术局']);
    expect(r3.relations.filter((x) => x.type === 'MANAGES')).toEqual([]);
  });
});

describe('a clause with no subject of its own', () => {
  const carried = written(
    '某县文化和旅游局关于县十七届人大六次会议第9号建议的答复',
    '李明代表:',
    '您提出的《关于加大乡村旅游开发的建议》收悉,现答复如下:',
    '我局现已编制完成《某县乡村旅游规划》,同时出台了《某县旅游产业转型升级行动计划》《某县全域旅游实施方案》。县交通部门已纳入规划,同时印发了《某县农村公路养护办法》。',
    '首先,县人民政府对此高度重视,前后已出台《某县科教新城工作方案》。县卫生健康局在规划编制工作中,统筹部署了研究工作,制定印发了《某县中医药发展规划编制方案》。',
    '我县协同配合县发展改革委编制一系列文件,共同编制《某县人才协同发展规划》。',
    '某县文化和旅游局',
    '2024年5月27日',
  );
  const of = issuersIn(carried);
  it('has its sentence’s subject: 我局 of the first clause is the replying body', () => {
    expect(of('某县乡村旅游规划')).toEqual(['某县文化和旅游局']);
    expect(of('某县旅游产业转型升级行动计划')).toEqual(['某县文化和旅游局']);
    expect(of('某县全域旅游实施方案')).toEqual(['某县文化和旅游局']);
  });
  it('has the subject an earlier clause opens with, after connectors, over clauses with none', () => {
    expect(of('某县科教新城工作方案')).toEqual(['某县人民政府']);
    expect(of('某县中医药发展规划编制方案')).toEqual(['某县卫生健康局']);
    // A clause opening with a verbal noun before its verb (研究制定并出台了) has no subject of its own either.
    const studied = issuersIn(
      written(
        '某省科学技术厅关于省政协十三届一次会议第328号提案的答复',
        '严某委员:',
        '您提出的《关于加强基层科技力量的提案》收悉,现答复如下:',
        '近年来,省科技厅立足科技需求,围绕省委、省政府工作安排部署,结合各州(市)科技创新情况开展系列调研,研究制定并出台了《某省科技成果转化奖补资金管理办法》。',
        '某省科学技术厅',
        '2023年6月1日',
      ),
    );
    expect(studied('某省科技成果转化奖补资金管理办法')).toEqual(['某省科学技术厅']);
  });
  it('has none where the first clause names no body, or names one only as an object', () => {
    expect(of('某县农村公路养护办法')).toEqual([]);
    expect(of('某县人才协同发展规划')).toEqual([]);
  });
});

describe('plans cited in quotes', () => {
  const plan = written(
    '某县林业局关于县政协第十一届二次会议第5号提案的答复',
    '张明委员:',
    '您提出的《关于发展花椒产业的提案》收悉,现答复如下:',
    '2016年县委、县政府提出了“某县林业生态建设及资源保护三年行动方案”。2023年我局印发了《某山文化和旅游发展规划》,依据“某山文化和旅游规划”推进。',
    '某县林业局',
    '2024年5月27日',
  );
  const policies = plan.entities.filter((e) => e.type === 'Policy');
  it('are policies, even right after a verb', () => {
    expect(policies.map((e) => e.name)).toContain('某县林业生态建设及资源保护三年行动方案');
  });
  it('are one policy with the title they shorten', () => {
    const full = policies.find((e) => e.name === '某山文化和旅游发展规划');
    expect(full?.aliases).toContain('某山文化和旅游规划');
    expect(policies.map((e) => e.name)).not.toContain('某山文化和旅游规划');
  });
  it('are one policy with the title written with its county’s level word or its issuers (b858_01, b857_05)', () => {
    const cited = written(
      '某县住房和城乡建设局关于县政协第十一届二次会议第6号提案的答复',
      '张明委员:',
      '您提出的《关于保护老城的提案》收悉,现答复如下:',
      '专家对《蒲城县历史文化名城保护规划》进行评审,对《蒲城历史文化名城保护规划》现场指导。落实《广东省教育厅等12厅局关于推进中小学生研学旅行的实施意见》,按《关于推进中小学生研学旅行的实施意见》开展。',
      '某县住房和城乡建设局',
      '2024年5月27日',
    ).entities.filter((e) => e.type === 'Policy');
    expect(cited.map((e) => [e.name, e.aliases])).toEqual([
      ['蒲城县历史文化名城保护规划', ['蒲城历史文化名城保护规划']],
      ['广东省教育厅等12厅局关于推进中小学生研学旅行的实施意见', ['关于推进中小学生研学旅行的实施意见']],
    ]);
  });
  it('are no policy where the quote is a point of the proposal (关于“…规划”的建议)', () => {
    const point = written(
      '某县市场监督管理局关于县政协第九届三次会议第12号提案的答复',
      '王刚委员:',
      '您提出的《关于规范再就业市场的提案》收悉,现答复如下:',
      '一、关于“有关部门对再就业市场进行统一规划”的建议',
      '我局不具备对该市场进行统一规划的职能。',
      '某县市场监督管理局',
      '2022年5月27日',
    );
    expect(point.entities.filter((e) => e.type === 'Policy').map((e) => e.name)).toEqual([]);
  });
});

describe('the proposal quoted in the letter’s title', () => {
  it('is no policy, whatever its last word (…16号议案《关于…的建设》)', () => {
    const r2 = extracted('对君山区第五届人民代表大会第四次会议16号议案《关于某镇公交车线路的建设》\n答 复\n尊敬的王某春区人大代表:\n您提出的《关于开通某镇公交车线路的建议》已收悉,现答复如下:\n已开通。\n2020年7月15日\n', 'title.txt');
    expect(r2.entities.filter((e) => e.type === 'Policy')).toEqual([]);
    expect(r2.proposer).toEqual({ name: '王某春', role: '代表' });
  });
});

describe('a title inside a title', () => {
  const nested = written(
    '随县民政局关于县政协四届三次会议第12号提案的答复',
    '张明委员:',
    '您提出的《关于提高社区工作者待遇的提案》收悉,现答复如下:',
    '根据《省委办公厅省政府办公厅印发〈关于加强社区治理的意见〉等3个文件的通知》精神,我县已落实。',
    '按照《湖北省民政厅〈关于做好社区工作者招聘工作的通知〉》,我局开展招聘。',
    '随县民政局',
    '2024年5月27日',
  );
  const policies = nested.entities.filter((e) => e.type === 'Policy').map((e) => e.name);

  it('is the document the notice issues, issued by the bodies before the verb', () => {
    expect(policies).toContain('省委办公厅省政府办公厅印发〈关于加强社区治理的意见〉等3个文件的通知');
    expect(policies).toContain('关于加强社区治理的意见');
    expect(issuersIn(nested)('关于加强社区治理的意见')).toEqual(['中共湖北省委办公厅', '湖北省人民政府办公厅']);
  });

  it('is the same document where it only closes the title after its body (《某厅〈关于…的通知〉》)', () => {
    expect(policies).not.toContain('关于做好社区工作者招聘工作的通知');
  });
});

describe('co-handlers', () => {
  it('are the bodies a header’s 会办单位 lists, but for the replying body itself', () => {
    const record = written(
      '贵州省民族宗教事务委员会关于省十三届人大三次会议第491号建议的答复',
      '会办单位: 省人大民族宗教委员会,省民族宗教事务委,省住房城乡建设厅',
      '甲一明代表:',
      '您提出的《关于某乡享受建制镇待遇的建议》收悉。现答复如下:',
      '已办。',
      '贵州省民族宗教事务委员会',
      '2020年6月1日',
    );
    expect(record.replyingAgency).toBe('贵州省民族宗教事务委员会');
    expect(record.coHandlers).toEqual(['贵州省人民代表大会民族宗教委员会', '贵州省住房和城乡建设厅']);
  });
});

describe('co-handlers named by their sector', () => {
  it('are that sector’s bodies of the letter’s place (会同财政、国土等部门)', () => {
    const record = written(
      '关于市十四届人大三次会议第12号建议的答复',
      '甲一明代表:',
      '您提出的《关于加快城中村改造的建议》收悉。我局会同财政、发改等部门认真研究,现答复如下:',
      '已办。',
      '武汉市住房保障和房屋管理局',
      '2020年6月1日',
    );
    expect(record.coHandlers).toEqual(['武汉市财政局', '武汉市发展和改革委员会']);
  });
});
